using ClerkStation.Domain.Appointments;
using ClerkStation.Domain.Queue;
using ClerkStation.Features.Shared;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Calendar;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Appointments;

/// <summary>
/// 预约 at the counter or by phone: pick a category and a day, see the free places per slot, book for the applicant or
/// the caller, and read the booking code out (or print it). Below, the day's bookings with cancel.
/// </summary>
public partial class AppointmentsPage
{
    private string _category = string.Empty;
    private DateOnly _day;
    private DateOnly _today;
    private IReadOnlyList<DateOnly> _days = [];
    private IReadOnlyList<SlotAvailability> _slots = [];
    private IReadOnlyList<AppointmentRow>? _rows;
    private DateTimeOffset? _slot;
    private string? _name;
    private string? _idNumber;
    private string? _phone;
    private AppointmentChannel _channel = AppointmentChannel.Counter;
    private AppointmentReceipt? _receipt;
    private string? _error;
    private bool _busy;
    private bool _ready;

    /// <summary>Opens on this day (yyyy-MM-dd) when it has slots, e.g. from a link.</summary>
    [SupplyParameterFromQuery(Name = "day")] public string? DayParameter { get; set; }

    [Inject] private IMediator Mediator { get; set; } = default!;
    [Inject] private QueueSettings Queue { get; set; } = default!;
    [Inject] private AppointmentSettings Settings { get; set; } = default!;
    [Inject] private CalendarService Calendars { get; set; } = default!;
    [Inject] private CenterClock Clock { get; set; } = default!;

    private IEnumerable<QueueCategory> Categories => Queue.Categories.Where(c => Settings.Takes(c.Letter));

    protected override async Task OnInitializedAsync()
    {
        _today = Clock.Today;
        var calendar = Calendars.Current;
        _days = Enumerable.Range(0, Settings.DaysAhead + 1).Select(_today.AddDays)
            .Where(d => AppointmentSchedule.SlotsOf(d, Settings, calendar, Clock.Now.Offset).Count > 0).ToList();
        _category = Categories.FirstOrDefault()?.Letter ?? string.Empty;
        _day = DateOnly.TryParseExact(DayParameter, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var asked)
            && _days.Contains(asked) ? asked : _days.FirstOrDefault(_today);
        if (RendererInfo.IsInteractive)
        {
            await LoadAsync();
            _ready = true;
        }
    }

    private async Task LoadAsync()
    {
        _slots = _category.Length == 0 ? [] : await Mediator.Send(new GetAppointmentSlots(_category, _day, _day));
        _rows = await Mediator.Send(new ListAppointments(_today));
    }

    private async Task ChooseCategoryAsync(string letter)
    {
        _category = letter;
        _slot = null;
        await LoadAsync();
    }

    private async Task ChooseDayAsync(DateOnly day)
    {
        _day = day;
        _slot = null;
        await LoadAsync();
    }

    private async Task BookAsync()
    {
        if (_slot is not { } start)
        {
            return;
        }

        _busy = true;
        _error = await UserMessages.TryAsync(L, async () =>
        {
            var booked = await Mediator.Send(new BookAppointment(_category, start, _name ?? string.Empty, _idNumber ?? string.Empty, _phone, _channel));
            _receipt = booked.Receipt;
            (_name, _idNumber, _phone, _slot) = (null, null, null, null);
        });
        _busy = false;
        await LoadAsync();
    }

    private async Task CancelAsync(AppointmentRow row)
    {
        _error = await UserMessages.TryAsync(L, async () => await Mediator.Send(new CancelAppointment(row.Id)));
        await LoadAsync();
    }

    private string CategoryName(string letter) => Queue.Categories.FirstOrDefault(c => c.Letter == letter)?.Name.Current ?? letter;

    private string DayText(DateOnly day) => L["Appt.DayText", day.ToDateTime(TimeOnly.MinValue), L["Appt.Weekday." + day.DayOfWeek]];

    /// <summary>The code letter by letter, as it is read out on the phone ("K 7 M 2 Q X").</summary>
    private static string SpelledCode(string code) => string.Join(' ', code.ToCharArray());
}
