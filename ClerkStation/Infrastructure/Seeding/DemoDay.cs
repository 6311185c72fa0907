using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Intake;
using ClerkStation.Domain.Ratings;

namespace ClerkStation.Infrastructure.Seeding;

/// <summary>One generated working day: its cases (driven through the real domain methods), counter decisions, ratings and tasks.</summary>
public sealed record DemoDay(DateOnly Day, List<Case> Cases, List<IntakeDecision> Decisions, List<ServiceRating> Ratings, List<RectificationTask> Tasks);
