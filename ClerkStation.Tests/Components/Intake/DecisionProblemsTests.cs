using Bunit;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Intake;
using ClerkStation.Features.Forms;
using ClerkStation.Features.Intake;
using ClerkStation.Infrastructure.Pipeline;
using Microsoft.Extensions.Localization;

namespace ClerkStation.Tests.Components.Intake;

/// <summary>Every problem a counter decision can come back with is shown at the decision bar, named and in words.</summary>
public sealed class DecisionProblemsTests : MudComponentTest
{
    private static readonly IStringLocalizer Resources = Cultures.Resources;

    private static readonly IntakeTarget Target = new()
    {
        Code = "T-1",
        Name = new("测试事项", "Test item"),
        Parts = [],
        Form = new FormDefinition([new FieldDefinition { Key = "bankName", Kind = FieldKind.Text, Label = new("开户银行", "Bank") }]),
        Materials = [new MaterialRequirement { Code = "hukou", Name = new("户口簿", "Household register") }],
    };

    public static TheoryData<string, string> CodesInBothLanguages() =>
        [.. IntakeRuleCodes.All.SelectMany(c => new[] { (c, "zh-CN"), (c, "en-US") })];

    [Theory]
    [MemberData(nameof(CodesInBothLanguages))]
    public void Every_problem_code_is_shown_in_words_at_the_decision_bar(string code, string culture)
    {
        var args = new Dictionary<string, string> { ["year"] = "2027" };
        var expected = Cultures.In(culture, () => FieldErrorText.Format(Resources, new FieldError("target", code, args)));
        var cut = Cultures.In(culture, () => Render<DecisionProblems>(p => p
            .Add(c => c.Problems, [new ValidationProblem("target", code, args)])
            .Add(c => c.Target, Target)));

        var alert = cut.Find("[data-testid=decision-problems]");
        Assert.Equal("alert", alert.GetAttribute("role"));
        Assert.NotEqual(code, expected);
        Assert.Contains(expected, alert.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_problem_code_has_chinese_and_english_text(string code)
    {
        var key = FieldErrorText.ResourceKey(code);
        var zh = Cultures.In("zh-CN", () => Resources[key]);
        var en = Cultures.In("en-US", () => Resources[key]);

        Assert.False(zh.ResourceNotFound, $"{key} has no zh-CN text");
        Assert.False(en.ResourceNotFound, $"{key} has no en-US text");
        Assert.NotEqual(zh.Value, en.Value);
    }

    public static TheoryData<string> Codes() => [.. IntakeRuleCodes.All];

    [Fact]
    public void Field_and_material_problems_name_what_they_are_about()
    {
        var cut = Cultures.In("zh-CN", () => Render<DecisionProblems>(p => p
            .Add(c => c.Problems, [
                new ValidationProblem("form.bankName", FieldErrorCodes.Required),
                new ValidationProblem("materials.hukou", IntakeRuleCodes.MaterialMissing),
                new ValidationProblem("applicant.idNumber", FieldErrorCodes.ResidentIdCheckDigit),
                new ValidationProblem("target", IntakeRuleCodes.CalendarYearMissing, new Dictionary<string, string> { ["year"] = "2027" }),
            ])
            .Add(c => c.Target, Target)));

        var items = cut.FindAll("li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(4, items.Count);
        Assert.StartsWith("开户银行：", items[0], StringComparison.Ordinal);
        Assert.StartsWith("户口簿：", items[1], StringComparison.Ordinal);
        Assert.StartsWith("身份证号码：", items[2], StringComparison.Ordinal);
        Assert.Contains("2027 年工作日历", items[3], StringComparison.Ordinal);
        Assert.DoesNotContain("标红", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void No_problems_no_alert()
    {
        var cut = Render<DecisionProblems>(p => p.Add(c => c.Problems, []));
        Assert.Empty(cut.FindAll("[data-testid=decision-problems]"));
    }
}
