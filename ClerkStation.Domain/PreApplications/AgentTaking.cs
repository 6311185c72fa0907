namespace ClerkStation.Domain.PreApplications;

/// <summary>How a village agent took a resident's request.</summary>
public enum TakenBy
{
    /// <summary>By phone: the agent and the resident agreed a time and place to meet (sign the letter, see the papers).</summary>
    Phone,

    /// <summary>In the village, face to face.</summary>
    Village,
}

/// <summary>帮办代办: how the request was taken, and for one taken by phone the appointment (time and place).</summary>
public sealed record AgentTaking(TakenBy How, DateTimeOffset? AppointmentAt = null, string? AppointmentPlace = null)
{
    public const int MaxPlaceLength = 100;

    /// <summary>The problems' field paths and codes, as the form reports them; empty when the taking is complete.</summary>
    public IReadOnlyList<(string Path, string Code)> Problems()
    {
        var problems = new List<(string, string)>();
        if (How == TakenBy.Phone && AppointmentAt is null)
        {
            problems.Add(("taking.appointmentAt", "required"));
        }

        if (How == TakenBy.Phone && string.IsNullOrWhiteSpace(AppointmentPlace))
        {
            problems.Add(("taking.appointmentPlace", "required"));
        }

        if (AppointmentPlace?.Trim().Length > MaxPlaceLength)
        {
            problems.Add(("taking.appointmentPlace", "agent.placeTooLong"));
        }

        return problems;
    }
}
