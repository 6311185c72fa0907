using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Intake;
using ClerkStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.BackOffice;

/// <summary>
/// A promised civil-affairs case (MZ-012) submitted through the real mediator, for handler and browser tests.
/// </summary>
public static class CaseScenario
{
    public const string ApplicantId = "330902199001011238";

    /// <summary>
    /// A submitted case: commands name it by <paramref name="Id"/>, people and queries by <paramref name="Number"/>.
    /// </summary>
    public sealed record Submitted(Guid Id, string Number);

    public static async Task<Submitted> SubmitPromisedAsync(ClerkAppFactory app, Actor? clerk = null, Guid? key = null)
    {
        var form = new FormData().Set("changeReason", "account").Set("holderName", "李四").Set("holderId", "330921195506120027");
        var outcome = await app.SendAsync(clerk ?? Actors.Clerk, new SubmitApplication(key ?? Guid.NewGuid(), "MZ-012",
            new Applicant(ApplicantKind.Person, "张三", ApplicantId, "13812345678"), form.ToJson(), new Dictionary<string, MaterialStatus>()));
        var accepted = Assert.Single(outcome.Cases);
        return new Submitted(accepted.Id, accepted.Number);
    }

    /// <summary>The case as stored now, read with a context of its own.</summary>
    public static async Task<Case> LoadCaseAsync(this ClerkAppFactory app, string number)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync();
        return await db.Cases.AsNoTracking().SingleAsync(c => c.Number == number);
    }
}
