using ClerkStation.Domain.Cases;

namespace ClerkStation.Domain.Training;

/// <summary>What the trainee actually did at the counter, as far as scoring needs it.</summary>
public sealed record RunAttempt(
    string TargetCode,
    ExpectedDecision Decision,
    IReadOnlyDictionary<string, MaterialStatus> Materials,
    IReadOnlyDictionary<string, string> Fields,
    int FormErrors,
    TimeSpan Elapsed);

/// <summary>The aspects a run is scored on, in the order feedback is shown.</summary>
public enum ScoreAspect
{
    Item,
    Decision,
    Materials,
    Fields,
    FormErrors,
    Time,
}

/// <summary>One line of feedback: an aspect (and for materials/fields, which one), what was expected, what was done.</summary>
public sealed record FeedbackLine(ScoreAspect Aspect, string? Subject, bool Passed, decimal Points, decimal MaxPoints, string Expected, string Actual);

public sealed record RunScore(decimal Total, decimal Max, IReadOnlyList<FeedbackLine> Lines)
{
    public int Percent => Max == 0 ? 0 : (int)Math.Round(Total * 100 / Max, MidpointRounding.AwayFromZero);
}

/// <summary>
/// The scoring rules (100 points): right item 30, right decision 30, materials 20 (shared by the expected materials),
/// key field values 10 (shared by the expected fields), form errors 5 (minus 1 per rejected submission), time 5
/// (full within the target time, half within twice it, none after). A wrong item or decision still earns the other
/// aspects: feedback matters more than the number.
/// </summary>
public static class RunScoring
{
    public const decimal ItemPoints = 30;
    public const decimal DecisionPoints = 30;
    public const decimal MaterialPoints = 20;
    public const decimal FieldPoints = 10;
    public const decimal FormErrorPoints = 5;
    public const decimal TimePoints = 5;

    public static RunScore Score(Scenario scenario, RunAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(attempt);
        var lines = new List<FeedbackLine>();

        var itemOk = string.Equals(attempt.TargetCode, scenario.ExpectedTarget, StringComparison.Ordinal);
        lines.Add(new FeedbackLine(ScoreAspect.Item, null, itemOk, itemOk ? ItemPoints : 0, ItemPoints, scenario.ExpectedTarget, attempt.TargetCode));

        var decisionOk = attempt.Decision == scenario.ExpectedDecision;
        lines.Add(new FeedbackLine(ScoreAspect.Decision, null, decisionOk, decisionOk ? DecisionPoints : 0, DecisionPoints,
            scenario.ExpectedDecision.ToString(), attempt.Decision.ToString()));

        // Materials: a refusal examines none, so it is judged on item and decision alone (the share goes unscored).
        if (scenario.ExpectedMaterials.Count > 0 && scenario.ExpectedDecision != ExpectedDecision.Refuse)
        {
            var share = MaterialPoints / scenario.ExpectedMaterials.Count;
            foreach (var (code, expected) in scenario.ExpectedMaterials.OrderBy(m => m.Key, StringComparer.Ordinal))
            {
                var actual = attempt.Materials.TryGetValue(code, out var given) ? given : MaterialStatus.Missing;
                var ok = Matches(expected, actual);
                lines.Add(new FeedbackLine(ScoreAspect.Materials, code, ok, ok ? share : 0, share, expected.ToString(), actual.ToString()));
            }
        }

        if (scenario.ExpectedFields.Count > 0 && scenario.ExpectedDecision == ExpectedDecision.Accept)
        {
            var share = FieldPoints / scenario.ExpectedFields.Count;
            foreach (var (key, expected) in scenario.ExpectedFields.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                var actual = attempt.Fields.TryGetValue(key, out var given) ? given ?? string.Empty : string.Empty;
                var ok = string.Equals(Normalize(expected), Normalize(actual), StringComparison.OrdinalIgnoreCase);
                lines.Add(new FeedbackLine(ScoreAspect.Fields, key, ok, ok ? share : 0, share, expected, actual));
            }
        }

        var formPoints = Math.Max(0, FormErrorPoints - attempt.FormErrors);
        lines.Add(new FeedbackLine(ScoreAspect.FormErrors, null, attempt.FormErrors == 0, formPoints, FormErrorPoints, "0", attempt.FormErrors.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var target = TimeSpan.FromMinutes(scenario.TargetMinutes);
        var timePoints = attempt.Elapsed <= target ? TimePoints : attempt.Elapsed <= target * 2 ? TimePoints / 2 : 0;
        lines.Add(new FeedbackLine(ScoreAspect.Time, null, attempt.Elapsed <= target, timePoints, TimePoints,
            FormatDuration(target), FormatDuration(attempt.Elapsed)));

        return new RunScore(lines.Sum(l => l.Points), lines.Sum(l => l.MaxPoints), lines);
    }

    /// <summary>
    /// Provided-or-not is what matters at the counter, plus the form it was provided in: an e-licence fetched for a
    /// material expected as original counts (the system saved the applicant the paper), a copy does not.
    /// </summary>
    public static bool Matches(MaterialStatus expected, MaterialStatus actual) =>
        expected == actual || (expected == MaterialStatus.Original && actual == MaterialStatus.ELicense);

    public static string FormatDuration(TimeSpan span) =>
        $"{(int)span.TotalMinutes}:{span.Seconds:00}";

    private static string Normalize(string value) => value.Trim().Replace(" ", string.Empty, StringComparison.Ordinal);
}

/// <summary>A run's result as the trainer's view aggregates it.</summary>
public sealed record RunSummary(string TraineeId, string ScenarioCode, string DepartmentCode, string TargetCode, DateTimeOffset FinishedAt, int Percent);

/// <summary>An area (department or item) with how a trainee did in it.</summary>
public sealed record AreaScore(string Area, int Runs, int AveragePercent, int LastPercent);

public static class ProgressRules
{
    /// <summary>Weakest areas first: lowest average, then fewest runs (less evidence), then code order.</summary>
    public static IReadOnlyList<AreaScore> Weakest(IEnumerable<RunSummary> runs, Func<RunSummary, string> area) =>
        runs.GroupBy(area, StringComparer.Ordinal)
            .Select(g => new AreaScore(g.Key, g.Count(), (int)Math.Round(g.Average(r => r.Percent), MidpointRounding.AwayFromZero),
                g.OrderBy(r => r.FinishedAt).Last().Percent))
            .OrderBy(a => a.AveragePercent).ThenBy(a => a.Runs).ThenBy(a => a.Area, StringComparer.Ordinal)
            .ToList();
}
