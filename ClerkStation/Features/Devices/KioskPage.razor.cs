using ClerkStation.Domain.Queue;
using ClerkStation.Features.Appointments;
using ClerkStation.Features.Queue;
using ClerkStation.Features.Ratings;
using ClerkStation.Features.Shared;
using ClerkStation.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace ClerkStation.Features.Devices;

/// <summary>
/// The ticket machine (a touch screen in the hall): big category buttons, an optional priority reason, then the ticket
/// with its number, people ahead, estimated wait and a QR code to the phone page. Only with the kiosk's device link.
/// </summary>
public partial class KioskPage
{
    private DeviceCheck? _check;
    private PriorityReason _priority;
    private TicketPosition? _ticket;
    private AppointmentCheckedIn? _checkIn;
    private string? _code;
    private string? _qr;
    private string? _error;
    private bool _busy;
    private bool _ready;

    [SupplyParameterFromQuery(Name = "device")] public string? Device { get; set; }

    [Inject] private IMediator Mediator { get; set; } = default!;
    [Inject] private QueueSettings Settings { get; set; } = default!;
    [Inject] private IOptions<CenterOptions> Center { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private string CenterName => Center.Value.Name;

    protected override async Task OnInitializedAsync()
    {
        _check = await Mediator.Send(new CheckDevice(Device, DeviceKind.Kiosk));
        _ready = RendererInfo.IsInteractive;
    }

    private Task IssueAsync(string letter) => PrintAsync(async () =>
    {
        _checkIn = null;
        return await Mediator.Send(new IssueKioskTicket(Device, letter, _priority));
    });

    /// <summary>预约签到: the booking code or the ID number; the ticket carries the slot, or says it came too late for it.</summary>
    private Task CheckInAsync() => PrintAsync(async () =>
    {
        _checkIn = await Mediator.Send(new CheckInAppointment(Device, _code ?? string.Empty, _priority));
        _code = null;
        return _checkIn.Ticket;
    });

    private async Task PrintAsync(Func<Task<TicketPosition>> issue)
    {
        _busy = true;
        _error = await UserMessages.TryAsync(L, async () =>
        {
            _ticket = await issue();
            _qr = RatingInvitations.QrDataUri(PhoneAddress(_ticket.Token));
        });
        _busy = false;
        if (_error is not null)
        {
            _check = await Mediator.Send(new CheckDevice(Device, DeviceKind.Kiosk));
        }
    }

    private string PhoneAddress(string token)
    {
        var root = string.IsNullOrWhiteSpace(Center.Value.PublicUrl) ? Navigation.BaseUri : Center.Value.PublicUrl.TrimEnd('/') + "/";
        return root + "q/" + Uri.EscapeDataString(token);
    }

    private void Done()
    {
        _ticket = null;
        _checkIn = null;
        _qr = null;
        _priority = PriorityReason.None;
    }

    private string CategoryName(string letter) => Settings.Categories.FirstOrDefault(c => c.Letter == letter)?.Name.Current ?? letter;

    private string PriorityText(PriorityReason reason) => L["Priority." + reason];
}
