using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Common;

namespace ClerkStation.Domain.PreApplications;

/// <summary>Where an application came from (渠道).</summary>
public enum Channel
{
    Counter,
    Online,
    Agent,
    Kiosk,
}

public enum PreApplicationStatus
{
    /// <summary>Submitted through the API; waits for the counter to check the originals.</summary>
    Submitted,
    Accepted,
    OneTimeNotice,
    Refused,
}

/// <summary>
/// 网上申请: an application that arrived through the API. It is not a case: the counter checks it and accepts, issues a
/// one-time notice or refuses exactly as for a walk-in, and the outcome is recorded here once.
/// </summary>
public sealed class PreApplication : ICenterOwned
{
    /// <summary>The center the row belongs to (ADR 0018), stamped when it is first saved.</summary>
    public int CenterId { get; private set; }

    private PreApplication()
    {
    }

    public Guid Id { get; private set; }

    public string Number { get; private set; } = string.Empty;

    public string ClientId { get; private set; } = string.Empty;

    public string ClientName { get; private set; } = string.Empty;

    public string IdempotencyKey { get; private set; } = string.Empty;

    public string BodyHash { get; private set; } = string.Empty;

    public Channel Channel { get; private set; }

    public string TargetCode { get; private set; } = string.Empty;

    public Applicant Applicant { get; private set; } = default!;

    public string FormDataJson { get; private set; } = "{}";

    public IReadOnlyDictionary<string, MaterialStatus> Materials { get; private set; } = new Dictionary<string, MaterialStatus>();

    public DateTimeOffset SubmittedAt { get; private set; }

    public PreApplicationStatus Status { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>The accepted cases' numbers, or the notice/refusal reference.</summary>
    public string? Outcome { get; private set; }

    public static PreApplication Submit(
        string number, string clientId, string clientName, string idempotencyKey, string bodyHash, Channel channel, string targetCode,
        Applicant applicant, string formDataJson, IReadOnlyDictionary<string, MaterialStatus> materials, DateTimeOffset now)
    {
        if (channel == Channel.Counter)
        {
            throw new ArgumentException("A counter application is a walk-in, not a pre-application.", nameof(channel));
        }

        return new PreApplication
        {
            Id = Guid.CreateVersion7(now),
            Number = number,
            ClientId = clientId,
            ClientName = clientName,
            IdempotencyKey = idempotencyKey,
            BodyHash = bodyHash,
            Channel = channel,
            TargetCode = targetCode,
            Applicant = applicant,
            FormDataJson = formDataJson,
            Materials = materials,
            SubmittedAt = now,
            Status = PreApplicationStatus.Submitted,
        };
    }

    /// <summary>A village agent's request: how it was taken (by phone with an appointment, or in the village).</summary>
    public AgentTaking? Taking { get; private set; }

    /// <summary>Records how the agent took the request; only on the agent channel, only while it waits for the counter.</summary>
    public void RecordTaking(AgentTaking taking)
    {
        if (Channel != Channel.Agent || Status != PreApplicationStatus.Submitted)
        {
            throw new Common.DomainRuleException("preApplication.notAgent", "Only a waiting agent's request records how it was taken.");
        }

        Taking = taking with { AppointmentPlace = taking.AppointmentPlace?.Trim() };
    }

    /// <summary>The counter decided; a pre-application is decided once.</summary>
    public void RecordOutcome(PreApplicationStatus status, string? outcome, DateTimeOffset now)
    {
        if (Status != PreApplicationStatus.Submitted)
        {
            throw new Common.DomainRuleException("preApplication.alreadyDecided", "This pre-application was already decided at the counter.");
        }

        if (status == PreApplicationStatus.Submitted)
        {
            throw new ArgumentException("An outcome is a decision.", nameof(status));
        }

        (Status, Outcome, DecidedAt) = (status, outcome, now);
    }
}
