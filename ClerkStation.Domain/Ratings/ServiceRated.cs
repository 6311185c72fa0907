using ClerkStation.Domain.Common;

namespace ClerkStation.Domain.Ratings;

/// <summary>The applicant rated the service, or added the one follow-up rating: the supervisor's floor reloads its ratings.</summary>
public sealed record ServiceRated(Guid RatingId, string CaseNumber, RatingLevel Level, bool FollowUp) : IDomainEvent;
