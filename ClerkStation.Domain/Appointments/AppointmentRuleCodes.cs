namespace ClerkStation.Domain.Appointments;

/// <summary>The stable codes of appointment refusals; UI resource keys <c>Validation.&lt;code&gt;</c>.</summary>
public static class AppointmentRuleCodes
{
    public const string NotFound = "appointment.notFound";
    public const string NoAppointments = "appointment.noAppointments";
    public const string NotWorkingDay = "appointment.notWorkingDay";
    public const string NotASlot = "appointment.notASlot";
    public const string SlotPast = "appointment.slotPast";
    public const string TooFarAhead = "appointment.tooFarAhead";
    public const string SlotFull = "appointment.slotFull";
    public const string AlreadyBooked = "appointment.alreadyBooked";
    public const string NotBooked = "appointment.notBooked";
    public const string NotToday = "appointment.notToday";
    public const string Expired = "appointment.expired";
    public const string BadRange = "appointment.badRange";
    public const string ChannelNotAllowed = "appointment.channelNotAllowed";
    public const string CodeRequired = "appointment.codeRequired";
}
