using ClerkStation.Domain.Appointments;
using ClerkStation.Domain.Common;
using ClerkStation.Features.Appointments;

namespace ClerkStation.Features.Api;

/// <summary>The body of POST /api/v1/appointments.</summary>
public sealed record ApiAppointmentRequest(string? Category, DateTimeOffset? SlotStart, string? Name, string? IdNumber, string? Phone);

/// <summary>GET /api/v1/appointments/slots and POST /api/v1/appointments (scope appointments.write).</summary>
public static class AppointmentEndpoints
{
    public static RouteGroupBuilder MapAppointments(this RouteGroupBuilder api)
    {
        var appointments = api.MapGroup("/appointments").RequireAuthorization(ApiScopes.AppointmentsWrite);
        appointments.MapGet("/slots", async (string? category, DateOnly? from, DateOnly? to, IMediator mediator, Infrastructure.CenterClock clock, CancellationToken ct) =>
            {
                var first = from ?? clock.Today;
                return TypedResults.Ok(await mediator.Send(new GetAppointmentSlots(category ?? string.Empty, first, to ?? first), ct));
            })
            .Produces<IReadOnlyList<SlotAvailability>>().ProducesProblem(StatusCodes.Status400BadRequest)
            .WithName("ListAppointmentSlots")
            .WithSummary("The slots of a category from one day to another (at most 31 days; default today) with their free places; days off have none.");
        appointments.MapPost("/", BookAsync)
            .Accepts<ApiAppointmentRequest>("application/json")
            .Produces<AppointmentReceipt>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("BookAppointment")
            .WithSummary("Book a place in a slot (预约). Requires an Idempotency-Key header; a full slot or a second booking of one ID at one time is 409.");
        return api;
    }

    private static async Task<IResult> BookAsync(HttpContext http, IMediator mediator, CancellationToken ct)
    {
        var read = await ApiJsonBody.ReadAsync<ApiAppointmentRequest>(http, "an appointment", requireKey: true, ct);
        if (read is not { Value: { } request })
        {
            return read.Problem!;
        }

        if (request.SlotStart is not { } start)
        {
            return ApiErrors.Invalid([new Infrastructure.Pipeline.ValidationProblem("slotStart", Domain.Forms.FieldErrorCodes.Required)]);
        }

        try
        {
            var booked = await mediator.Send(new BookAppointment(request.Category ?? string.Empty, start, request.Name ?? string.Empty, request.IdNumber ?? string.Empty,
                request.Phone, AppointmentChannel.Api, read.Key, read.Hash), ct);
            if (booked.Replayed)
            {
                http.Response.Headers["Idempotent-Replayed"] = "true";
            }

            return TypedResults.Created($"/api/v1/appointments/{booked.Receipt.Id}", booked.Receipt);
        }
        catch (IdempotencyConflictException ex)
        {
            return ApiErrors.Problem(StatusCodes.Status409Conflict, "This Idempotency-Key was used with a different body.", ex.Message);
        }
        catch (DomainRuleException ex)
        {
            return ApiErrors.Refused(ex);
        }
    }
}
