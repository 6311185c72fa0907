using ClerkStation.Domain.Cases;
using Mediator;

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

/// <summary>Published once a counter decision is committed (practice scoring listens; the counter knows nothing of it).</summary>
public sealed record CounterDecided(ICounterDecision Decision, IntakeOutcome Outcome) : INotification;
