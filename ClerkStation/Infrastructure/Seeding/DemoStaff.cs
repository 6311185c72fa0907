namespace ClerkStation.Infrastructure.Seeding;

/// <summary>Who the generated history is about: the counter clerks, reviewers per department, and the supervisor.</summary>
public sealed record DemoStaff(IReadOnlyList<Actor> Clerks, IReadOnlyDictionary<string, Actor> Reviewers, Actor Supervisor);
