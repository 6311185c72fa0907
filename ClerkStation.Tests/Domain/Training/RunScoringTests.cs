using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Training;

namespace ClerkStation.Tests.Domain.Training;

public sealed class RunScoringTests
{
    private static readonly Scenario Scenario = new()
    {
        Code = "T-1",
        Title = new LocalizedText("测试", "Test"),
        DepartmentCode = "rs",
        Persona = new Persona(ApplicantKind.Person, "陈国强", "330902197803120121", null, new LocalizedText("…", "…"), []),
        ExpectedTarget = "RS-009",
        ExpectedDecision = ExpectedDecision.Accept,
        ExpectedMaterials = new Dictionary<string, MaterialStatus> { ["id-card"] = MaterialStatus.Original, ["photo"] = MaterialStatus.Copy },
        ExpectedFields = new Dictionary<string, string> { ["lossAction"] = "temporary", ["applicant.name"] = "陈国强" },
        TargetMinutes = 5,
    };

    private static RunAttempt Perfect() => new("RS-009", ExpectedDecision.Accept,
        new Dictionary<string, MaterialStatus> { ["id-card"] = MaterialStatus.Original, ["photo"] = MaterialStatus.Copy },
        new Dictionary<string, string> { ["lossAction"] = "temporary", ["applicant.name"] = "陈国强" }, 0, TimeSpan.FromMinutes(3));

    [Fact]
    public void A_perfect_run_scores_full_marks()
    {
        var score = RunScoring.Score(Scenario, Perfect());
        Assert.Equal(100, score.Percent);
        Assert.All(score.Lines, l => Assert.True(l.Passed, l.ToString()));
    }

    [Fact]
    public void Wrong_item_and_wrong_decision_each_lose_thirty_points()
    {
        var score = RunScoring.Score(Scenario, Perfect() with { TargetCode = "RS-008", Decision = ExpectedDecision.Refuse });
        Assert.Equal(40, score.Total);
        Assert.False(score.Lines.Single(l => l.Aspect == ScoreAspect.Item).Passed);
        Assert.Equal("RS-008", score.Lines.Single(l => l.Aspect == ScoreAspect.Item).Actual);
        Assert.False(score.Lines.Single(l => l.Aspect == ScoreAspect.Decision).Passed);
    }

    [Fact]
    public void Materials_are_judged_one_by_one_and_an_elicence_counts_for_an_original()
    {
        var attempt = Perfect() with { Materials = new Dictionary<string, MaterialStatus> { ["id-card"] = MaterialStatus.ELicense, ["photo"] = MaterialStatus.Original } };
        var lines = RunScoring.Score(Scenario, attempt).Lines.Where(l => l.Aspect == ScoreAspect.Materials).ToList();
        Assert.True(lines.Single(l => l.Subject == "id-card").Passed);
        var photo = lines.Single(l => l.Subject == "photo");
        Assert.False(photo.Passed);
        Assert.Equal(0, photo.Points);
        Assert.Equal(10, photo.MaxPoints);
        Assert.False(RunScoring.Matches(MaterialStatus.Original, MaterialStatus.Copy));
    }

    [Fact]
    public void Field_values_compare_ignoring_spaces_and_case_and_unmarked_materials_count_as_missing()
    {
        var attempt = Perfect() with
        {
            Fields = new Dictionary<string, string> { ["lossAction"] = " Temporary ", ["applicant.name"] = "陈国" },
            Materials = new Dictionary<string, MaterialStatus> { ["id-card"] = MaterialStatus.Original },
        };
        var score = RunScoring.Score(Scenario, attempt);
        Assert.True(score.Lines.Single(l => l.Subject == "lossAction").Passed);
        Assert.False(score.Lines.Single(l => l.Subject == "applicant.name").Passed);
        Assert.Equal("Missing", score.Lines.Single(l => l.Subject == "photo").Actual);
        Assert.Equal(100 - 5 - 10, score.Total);
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(2, 3)]
    [InlineData(9, 0)]
    public void Each_rejected_submission_costs_a_point_of_five(int formErrors, int points)
    {
        var score = RunScoring.Score(Scenario, Perfect() with { FormErrors = formErrors });
        Assert.Equal(points, score.Lines.Single(l => l.Aspect == ScoreAspect.FormErrors).Points);
    }

    [Theory]
    [InlineData(4, 5)]
    [InlineData(5, 5)]
    [InlineData(8, 2.5)]
    [InlineData(11, 0)]
    public void Time_is_full_within_the_target_half_within_twice_it(int minutes, decimal points)
    {
        var score = RunScoring.Score(Scenario, Perfect() with { Elapsed = TimeSpan.FromMinutes(minutes) });
        Assert.Equal(points, score.Lines.Single(l => l.Aspect == ScoreAspect.Time).Points);
    }

    [Fact]
    public void A_refusal_is_judged_on_item_and_decision_without_materials_or_fields()
    {
        var refusal = Scenario with { ExpectedDecision = ExpectedDecision.Refuse };
        var score = RunScoring.Score(refusal, Perfect() with { Decision = ExpectedDecision.Refuse, Materials = new Dictionary<string, MaterialStatus>() });
        Assert.DoesNotContain(score.Lines, l => l.Aspect is ScoreAspect.Materials or ScoreAspect.Fields);
        Assert.Equal(70, score.Max);
        Assert.Equal(100, score.Percent);
    }

    [Fact]
    public void Weakest_areas_come_first()
    {
        var at = DateTimeOffset.UnixEpoch;
        RunSummary Run(string dept, int percent, int minute) => new("t", "S", dept, "X", at.AddMinutes(minute), percent);
        var areas = ProgressRules.Weakest([Run("mz", 90, 1), Run("rs", 40, 2), Run("rs", 60, 3), Run("yb", 55, 4)], r => r.DepartmentCode);
        Assert.Equal(["rs", "yb", "mz"], areas.Select(a => a.Area));
        Assert.Equal(new AreaScore("rs", 2, 50, 60), areas[0]);
    }
}
