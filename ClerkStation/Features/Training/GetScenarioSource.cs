using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.Training;

/// <summary>The JSON of one scenario for the editor (the trainer's version, else the file's).</summary>
[AllowedRoles(StaffRole.Trainer)]
public sealed record GetScenarioSource(string Code) : IQuery<string?>;

public sealed class GetScenarioSourceHandler(ClerkDatabases databases, ScenarioLibrary library) : IQueryHandler<GetScenarioSource, string?>
{
    public ValueTask<string?> Handle(GetScenarioSource query, CancellationToken cancellationToken) =>
        new(library.SourceAsync(databases, query.Code, cancellationToken));
}
