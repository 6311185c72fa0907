using ClerkStation.Domain.PreApplications;

namespace ClerkStation.Features.Api;

/// <summary>
/// What a submission answers: the pre-application and whether this was a repeat of an earlier call. <see cref="Status"/>
/// <c>Submitted</c> waits for the counter; <c>Accepted</c> (an item the catalog accepts without originals) is already a
/// case, whose number(s) <see cref="Outcome"/> holds.
/// </summary>
public sealed record PreApplicationReceipt(Guid Id, string Number, string Status, string Channel, DateTimeOffset SubmittedAt, string? Outcome = null)
{
    public static PreApplicationReceipt From(PreApplication p) => new(p.Id, p.Number, p.Status.ToString(), p.Channel.ToString(), p.SubmittedAt, p.Outcome);
}

public sealed record PreApplicationSubmitted(PreApplicationReceipt Receipt, bool Replayed);
