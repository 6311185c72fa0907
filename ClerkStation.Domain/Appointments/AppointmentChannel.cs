namespace ClerkStation.Domain.Appointments;

/// <summary>How the booking reached the center: at the counter, by phone (the clerk books for the caller), or through the API.</summary>
public enum AppointmentChannel
{
    Counter,
    Phone,
    Api,
}
