namespace ClerkStation.Domain.Appointments;

/// <summary>Where a booking stands: booked, checked in (on time or late), cancelled, or a no-show.</summary>
public enum AppointmentStatus
{
    Booked,

    /// <summary>Checked in before the slot's end: the ticket carries the slot and is called ahead from its start.</summary>
    CheckedIn,

    /// <summary>Checked in after the slot's end on the same day: an ordinary ticket.</summary>
    Late,

    Cancelled,

    /// <summary>Never checked in: a booking whose slot has ended (<see cref="Appointment.StatusAt"/>).</summary>
    NoShow,
}
