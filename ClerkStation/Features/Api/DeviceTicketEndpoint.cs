using ClerkStation.Domain.Common;
using ClerkStation.Domain.Queue;
using ClerkStation.Features.Appointments;
using ClerkStation.Features.Devices;
using ClerkStation.Features.Queue;
using ClerkStation.Infrastructure;
using Microsoft.Extensions.Options;

namespace ClerkStation.Features.Api;

/// <summary>The body of POST /api/v1/tickets: a category, or a booking code (预约签到) whose category is used.</summary>
public sealed record ApiTicketRequest(string? Category, string? Priority, string? BookingCode);

/// <summary>The printed ticket of a ticket machine that is not a browser.</summary>
public sealed record ApiTicket(string Number, string Category, int PeopleAhead, int WaitMinutes, string PhoneUrl, ApiTicketAppointment? Appointment);

public sealed record ApiTicketAppointment(string Code, DateTimeOffset SlotStart, DateTimeOffset SlotEnd, bool Late);

/// <summary>
/// POST /api/v1/tickets for ticket machines that are not browsers: the registered device's own link as the credential
/// (<c>Authorization: Device {id}.{secret}</c>, ADR 0015/0021), not an OAuth client. Unknown or revoked: 401; a device that
/// is not a kiosk: 403. The kiosk's own requests issue the ticket, so the page and the machine behave alike.
/// </summary>
public static class DeviceTicketEndpoint
{
    public const string Scheme = "Device";

    public static RouteGroupBuilder MapDeviceTickets(this RouteGroupBuilder api)
    {
        api.MapPost("/tickets", IssueAsync)
            .Accepts<ApiTicketRequest>("application/json")
            .Produces<ApiTicket>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("IssueTicket")
            .WithSummary("Issue a queue ticket from a registered kiosk (Authorization: Device {id}.{secret}); with a bookingCode, check the appointment in.");
        return api;
    }

    /// <summary>The device link of an <c>Authorization: Device …</c> header, or null.</summary>
    public static string? Link(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith(Scheme + " ", StringComparison.OrdinalIgnoreCase) ? header[(Scheme.Length + 1)..].Trim() : null;
    }

    /// <summary>The device id part of the header, for the rate limiter's partition (each machine its own budget).</summary>
    public static string? DeviceId(HttpContext http) => Link(http) is { Length: > 32 } link ? "device:" + link[..32] : null;

    private static async Task<IResult> IssueAsync(HttpContext http, IMediator mediator, DeviceAccess devices, IOptions<CenterOptions> center, CancellationToken ct)
    {
        var link = Link(http);
        var (check, kind) = await devices.IdentifyAsync(link, ct);
        if (check != DeviceCheck.Valid)
        {
            http.Response.Headers.WWWAuthenticate = Scheme;
            return ApiErrors.Problem(StatusCodes.Status401Unauthorized,
                check == DeviceCheck.Revoked ? "This device has been revoked." : "A registered device's link is required: Authorization: Device {id}.{secret}.");
        }

        if (kind != DeviceKind.Kiosk)
        {
            return ApiErrors.Problem(StatusCodes.Status403Forbidden, "Only a kiosk issues tickets.");
        }

        var read = await ApiJsonBody.ReadAsync<ApiTicketRequest>(http, "a ticket", requireKey: false, ct);
        if (read is not { Value: { } request })
        {
            return read.Problem!;
        }

        var priority = PriorityReason.None;
        if (request.Priority is { Length: > 0 } named && (!Enum.TryParse(named, ignoreCase: true, out priority) || !Enum.IsDefined(priority) || int.TryParse(named, out _)))
        {
            return ApiErrors.Invalid([new Infrastructure.Pipeline.ValidationProblem("priority", QueueRuleCodes.UnknownCategory)]);
        }

        try
        {
            ApiTicketAppointment? appointment = null;
            TicketPosition ticket;
            if (!string.IsNullOrWhiteSpace(request.BookingCode))
            {
                var checkedIn = await mediator.Send(new CheckInAppointment(link, request.BookingCode, priority), ct);
                (ticket, appointment) = (checkedIn.Ticket, new ApiTicketAppointment(checkedIn.Code, checkedIn.SlotStart, checkedIn.SlotEnd, checkedIn.Late));
            }
            else
            {
                ticket = await mediator.Send(new IssueKioskTicket(link, request.Category ?? string.Empty, priority), ct);
            }

            var root = string.IsNullOrWhiteSpace(center.Value.PublicUrl) ? $"{http.Request.Scheme}://{http.Request.Host}" : center.Value.PublicUrl.TrimEnd('/');
            var phone = root + "/q/" + Uri.EscapeDataString(ticket.Token);
            return TypedResults.Created(phone, new ApiTicket(ticket.Number, ticket.Category, ticket.PeopleAhead, ticket.WaitMinutes, phone, appointment));
        }
        catch (DomainRuleException ex)
        {
            return ApiErrors.Refused(ex);
        }
    }
}
