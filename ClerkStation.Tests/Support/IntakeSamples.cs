using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Intake;
using ClerkStation.Features.Intake;

namespace ClerkStation.Tests.Support;

/// <summary>Counter decisions on RS-002 (养老保险缴费档次变更) for one applicant, for the tests of the decision path and of centers.</summary>
public static class IntakeSamples
{
    public static readonly Applicant WangFang = new(ApplicantKind.Person, "王芳", TestIds.WangFang, "13800138000", "定海区展茅街道");

    /// <summary>An applicant born in 1970 with no address, for the queue tests that take a ticket through its visit.</summary>
    public static readonly Applicant TestPerson =
        new(ApplicantKind.Person, "测试人", Domain.Training.ScenarioParserTests.ValidId("330902", "19700101", "151"), "13905801234");

    /// <summary>RS-002 accepted at the counter (instant, department rs): the form filled, the ID card seen as original.</summary>
    public static SubmitApplication Instant(Applicant? applicant = null) => new(
        Guid.NewGuid(), "RS-002", applicant ?? WangFang,
        FilledForm(), new Dictionary<string, MaterialStatus> { ["id-or-ssc"] = MaterialStatus.Original });

    /// <summary>RS-002 accepted for 王芳 living in 高亭镇, the Gaoting center's township.</summary>
    public static SubmitApplication InstantForGaotingResident() => Instant(WangFang with { Address = "岱山县高亭镇" });

    private static string FilledForm() => new FormData().Set("currentLevel", "300").Set("contributionLevel", "1000").Set("effectiveYear", "next").ToJson();

    public static RefuseApplication Refusal(Guid key) => new(key, "RS-002", WangFang, "不属于本中心受理范围");

    /// <summary>A one-time notice that the ID card or social security card is missing.</summary>
    public static IssueOneTimeNotice Notice(Guid key) => new(
        key, "RS-002", WangFang, FilledForm(), new Dictionary<string, MaterialStatus>(),
        [new NoticeLine(NoticeLineKind.Material, "id-or-ssc", new LocalizedText("身份证或社保卡", "ID card or social security card"), new LocalizedText("未提供", "Not provided"))],
        null);
}
