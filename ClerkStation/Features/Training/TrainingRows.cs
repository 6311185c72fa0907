using ClerkStation.Domain.Training;

namespace ClerkStation.Features.Training;

public sealed record AssignmentRow(Guid Id, string ScenarioCode, string Title, string DepartmentCode, DateTimeOffset AssignedAt, string AssignedBy, Guid? CompletedRunId, int? Percent);

public sealed record RunRow(Guid Id, string TraineeId, string TraineeName, string ScenarioCode, string Title, string DepartmentCode, string ExpectedTarget,
    DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, bool Abandoned, int? Percent);

internal static class TrainingRows
{
    public static RunRow Run(TrainingRun r, IReadOnlyDictionary<string, Scenario> byCode) =>
        new(r.Id, r.TraineeId, r.TraineeName, r.ScenarioCode, byCode.GetValueOrDefault(r.ScenarioCode)?.Title.Current ?? r.ScenarioCode,
            r.DepartmentCode, r.ExpectedTarget, r.StartedAt, r.FinishedAt, r.Abandoned, r.Percent);
}
