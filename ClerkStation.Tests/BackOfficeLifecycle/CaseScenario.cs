using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Intake;
using ClerkStation.Tests.Support;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace ClerkStation.Tests.BackOfficeLifecycle;

/// <summary>People and a promised civil-affairs case (MZ-012) submitted through the real mediator, for handler and browser tests.</summary>
public static class CaseScenario
{
    public static readonly Actor Clerk = Actor.Create("test-clerk", "王受理", [StaffRole.Clerk]);
    public static readonly Actor ReviewerMz = Actor.Create("test-rev-mz", "李审核", [StaffRole.Reviewer], ["mz"]);
    public static readonly Actor ReviewerMz2 = Actor.Create("test-rev-mz2", "赵审核", [StaffRole.Reviewer], ["mz"]);
    public static readonly Actor ReviewerRs = Actor.Create("test-rev-rs", "周社保", [StaffRole.Reviewer], ["rs"]);
    public static readonly Actor Supervisor = Actor.Create("test-sup", "张值班", [StaffRole.Supervisor]);
    public static readonly Actor Trainer = Actor.Create("test-trainer", "刘培训", [StaffRole.Trainer]);

    public const string ApplicantId = "330902199001011238";

    /// <summary>A submitted case: commands name it by <paramref name="Id"/>, people and queries by <paramref name="Number"/>.</summary>
    public sealed record Submitted(Guid Id, string Number);

    public static async Task<Submitted> SubmitPromisedAsync(ClerkAppFactory app, Actor? clerk = null, Guid? key = null)
    {
        await using var scope = app.ScopeFor(clerk ?? Clerk);
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var form = new FormData().Set("changeReason", "account").Set("holderName", "李四").Set("holderId", "330921195506120027");
        var outcome = await mediator.Send(new SubmitApplication(key ?? Guid.NewGuid(), "MZ-012",
            new Applicant(ApplicantKind.Person, "张三", ApplicantId, "13812345678"), form.ToJson(), new Dictionary<string, MaterialStatus>()));
        var accepted = Assert.Single(outcome.Cases);
        return new Submitted(accepted.Id, accepted.Number);
    }
}
