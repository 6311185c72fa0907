using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.BackOffice;
using ClerkStation.Features.BackOffice.Checks;
using ClerkStation.Features.FollowUps;
using ClerkStation.Infrastructure.Security;
using static ClerkStation.Tests.Support.Actors;

namespace ClerkStation.Tests.Features.BackOffice;

/// <summary>Every new request is refused by the pipeline for a role that may not send it, before any handler runs.</summary>
public sealed class BackOfficeAuthorizationTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    public static TheoryData<string> Requests => new(Refused.Keys);

    private static readonly Guid AnyCase = Guid.NewGuid();

    private static readonly Dictionary<string, (object Request, Actor Wrong)> Refused = new()
    {
        ["ClaimCase"] = (new ClaimCase(AnyCase), Clerk),
        ["ReleaseCase"] = (new ReleaseCase(AnyCase), Actors.Supervisor),
        ["ApproveCase"] = (new ApproveCase(AnyCase), Clerk),
        ["DenyCase"] = (new DenyCase(AnyCase, "r"), Clerk),
        ["RequestSupplement"] = (new RequestSupplement(AnyCase, ["x"]), Clerk),
        ["SuspendCase"] = (new SuspendCase(AnyCase, "r"), Trainer),
        ["ResumeCase"] = (new ResumeCase(AnyCase), Clerk),
        ["ReturnMisroutedCase"] = (new ReturnMisroutedCase(AnyCase, "rs", "r"), Clerk),
        ["GetDepartmentQueue"] = (new GetDepartmentQueue(), Clerk),
        ["GetCaseReview"] = (new GetCaseReview("ZS-X"), Clerk),
        ["RecordCaseView"] = (new RecordCaseView(AnyCase), Clerk),
        ["GetDepartmentChecks"] = (new GetDepartmentChecks("ZS-X"), Trainer),
        ["RecordCaseSupplement"] = (new RecordCaseSupplement(AnyCase), ReviewerMz),
        ["DeliverCase"] = (new DeliverCase(AnyCase, DeliveryMethod.Electronic, null, null, null), ReviewerMz),
        ["GetFollowUps"] = (new GetFollowUps(), Actors.Supervisor),
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task The_wrong_role_is_refused(string name)
    {
        var (request, wrong) = Refused[name];
        await Assert.ThrowsAsync<AccessDeniedException>(async () => await app.SendAsync(wrong, m => m.Send(request, TestContext.Current.CancellationToken)));
    }
}
