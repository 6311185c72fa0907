using ClerkStation.Domain.Common;

namespace ClerkStation.Infrastructure.Persistence;

/// <summary>
/// Remembers each counter submission by the key the page generated for it, so a double click or a retry after a lost
/// connection returns the first result instead of creating a second case. One is recorded per decision, in the decision's
/// transaction: it raises the decision's event, which the one dispatcher publishes after the commit (ADR 0009).
/// </summary>
public sealed class IntakeSubmission : AggregateRoot
{
    public Guid Key { get; set; }

    public string UserId { get; set; } = string.Empty;

    public string ResultJson { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }

    /// <summary>A decision's record, raising <paramref name="decided"/> (the counter's <c>CounterDecided</c>).</summary>
    public static IntakeSubmission Record(Guid key, string userId, string resultJson, DateTimeOffset at, IDomainEvent decided)
    {
        var submission = new IntakeSubmission { Key = key, UserId = userId, ResultJson = resultJson, At = at };
        submission.Raise(decided);
        return submission;
    }
}
