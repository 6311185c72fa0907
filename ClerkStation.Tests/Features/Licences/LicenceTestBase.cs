using ClerkStation.Domain.Licences;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Intake;

namespace ClerkStation.Tests.Features.Licences;

/// <summary>
/// What the licence tests share over one app: the disability federation's reviewer, a fresh holder, the center's day,
/// a licence held by a holder, and a disability-allowance application that may use e-licences (<see cref="LicenceSamples"/>).
/// </summary>
public abstract class LicenceTestBase(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    protected static readonly Actor ReviewerCl = LicenceSamples.ReviewerCl;

    protected ClerkAppFactory App => app;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected DateOnly Today => LicenceSamples.Today(app);

    protected static string NewHolder() => LicenceSamples.NewHolder();

    protected Task<Licence> HoldAsync(
        string holder, string type, DateOnly? validUntil = null, LicenceStatus status = LicenceStatus.Valid, string name = "测试持证人") =>
        LicenceSamples.HoldAsync(app, holder, type, validUntil, status, name);

    protected SubmitApplication DisabilityApplication(string holder, Dictionary<string, Guid>? licences = null, params string[] eLicences) =>
        LicenceSamples.DisabilityApplication(app, holder, licences, eLicences);
}
