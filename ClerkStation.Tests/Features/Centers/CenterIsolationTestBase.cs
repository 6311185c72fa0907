using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Forms;
using ClerkStation.Features.Intake;

namespace ClerkStation.Tests.Features.Centers;

/// <summary>
/// What the two-centers tests share over one app (ADR 0018): the centers added once, an applicant, and a promised
/// (MZ-012) and an instant (RS-002) application to submit in any center.
/// </summary>
public abstract class CenterIsolationTestBase(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    protected const int Gaoting = TestCenters.Gaoting;
    protected const int Taohua = TestCenters.Taohua;
    protected const int Shenjiamen = TestCenters.Shenjiamen; // only read from: its boards stay empty whatever the other tests do

    protected static readonly Applicant WangFang = IntakeSamples.WangFang;

    // MZ-012 残疾人两项补贴停发、变更: promised, routed to civil affairs (mz).
    protected static SubmitApplication Promised() => new(
        Guid.NewGuid(), "MZ-012", WangFang,
        new FormData().Set("changeReason", "account").Set("holderName", "李明").Set("holderId", TestIds.LiMing).ToJson(),
        new Dictionary<string, MaterialStatus>());

    // RS-002: instant.
    protected static SubmitApplication Instant() => IntakeSamples.Instant(WangFang);

    protected ClerkAppFactory App => app;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected Task EnsureCentersAsync() => TestCenters.EnsureAsync(app, Ct);
}
