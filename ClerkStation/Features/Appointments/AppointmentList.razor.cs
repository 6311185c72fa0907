using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Appointments;

/// <summary>The day's bookings by slot, ID numbers and phones masked; an unused booking can be cancelled.</summary>
public partial class AppointmentList
{
    [Parameter] public DateOnly Day { get; set; }

    [Parameter] public IReadOnlyList<AppointmentRow>? Rows { get; set; }

    [Parameter] public EventCallback<AppointmentRow> OnCancel { get; set; }
}
