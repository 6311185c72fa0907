using ClerkStation.Domain.Forms;
using ClerkStation.Features.BackOffice.Checks;
using Mediator;
using Microsoft.EntityFrameworkCore;
using static ClerkStation.Tests.Support.Actors;

namespace ClerkStation.Tests.Features.BackOffice;

/// <summary>
/// A department's automatic checks on a case's form data, run through the publisher as the review page runs them.
/// </summary>
public sealed class DepartmentChecksTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("1500", true)]
    [InlineData("900", false)]
    public async Task Civil_affairs_flags_a_low_income_household_above_the_local_standard(string secondIncome, bool flagged)
    {
        var data = new FormData();
        data.AddRow("members").Set("monthlyIncome", "1000");
        data.AddRow("members").Set("monthlyIncome", secondIncome);
        var run = new RunDepartmentChecks(Guid.NewGuid(), "mz", "MZ-001", data);
        await using (var scope = app.ScopeFor(ReviewerMz))
        {
            await scope.ServiceProvider.GetRequiredService<IPublisher>().Publish(run, Ct);
        }

        Assert.Equal(flagged, run.Findings.Any(f => f.Code == MzLowIncomeCheck.Code));
        if (flagged)
        {
            Assert.Equal(["1250", "1200"], run.Findings.Single().Args);
        }
    }

    [Fact]
    public async Task Department_checks_only_run_for_their_own_department()
    {
        var data = new FormData();
        data.AddRow("members").Set("monthlyIncome", "99999");
        var run = new RunDepartmentChecks(Guid.NewGuid(), "rs", "MZ-001", data);
        await using var scope = app.ScopeFor(ReviewerRs);
        await scope.ServiceProvider.GetRequiredService<IPublisher>().Publish(run, Ct);
        Assert.Empty(run.Findings);
    }
}
