using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Common;

namespace ClerkStation.Features.Intake;

/// <summary>A counter decision request: accept, one-time notice or refusal of one application.</summary>
public interface ICounterDecision
{
    Guid SubmissionKey { get; }

    string TargetCode { get; }

    Applicant Applicant { get; }

    /// <summary>The pre-application (网上申请) this decision answers, when the clerk opened one from the online list.</summary>
    Guid? PreApplicationId { get; }
}

/// <summary>
/// A counter decision was committed: raised by its <see cref="Infrastructure.Persistence.IntakeSubmission"/> and published once
/// by the one dispatcher after the commit (practice scoring and the customer screen listen; the counter knows nothing of them).
/// </summary>
public sealed record CounterDecided(ICounterDecision Decision, IntakeOutcome Outcome) : IDomainEvent;
