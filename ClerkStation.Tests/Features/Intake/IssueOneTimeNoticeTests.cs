using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Intake;
using ClerkStation.Features.Printing;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Intake;

/// <summary>The server composes the notice it records from the application the page sends; the page only chooses lines.</summary>
public sealed class IssueOneTimeNoticeTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private static NoticeLine Forged(string code, string name) =>
        new(NoticeLineKind.Material, code, new LocalizedText(name, name), new LocalizedText("交 500 元", "pay 500")) { ProblemCode = NoticeCodes.Material };

    private async Task<int> DecisionsAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.IntakeDecisions.CountAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_recorded_notice_carries_the_catalogs_words_not_the_requests()
    {
        var notice = IntakeSamples.Notice(Guid.NewGuid()) with { Lines = [Forged("id-or-ssc", "请先交押金")] };

        var outcome = await app.SendAsync(Actors.Clerk, notice);

        var recorded = await app.SendAsync(Actors.Clerk, new GetDecisionReceipt(outcome.DecisionNumber!));
        var line = Assert.Single(recorded!.Lines);
        Assert.Equal("id-or-ssc", line.Code);
        Assert.DoesNotContain("押金", line.Name.Zh, StringComparison.Ordinal);
        Assert.Equal(NoticeCodes.Material, line.ProblemCode);
        Assert.Equal("Original", line.Args!["forms"]);
    }

    [Fact]
    public async Task A_line_for_a_material_already_received_is_refused_and_nothing_is_recorded()
    {
        var notice = IntakeSamples.Notice(Guid.NewGuid()) with
        {
            Materials = new Dictionary<string, MaterialStatus> { ["id-or-ssc"] = MaterialStatus.Original },
            Lines = [Forged("id-or-ssc", "居民身份证")],
        };

        var before = await DecisionsAsync();

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => app.SendAsync(Actors.Clerk, notice));

        Assert.Equal([("lines", NoticeCodes.LineNotProposed)], refused.Problems.Select(p => (p.Path, p.Code)));
        Assert.Equal(before, await DecisionsAsync());
    }

    [Fact]
    public async Task A_form_the_server_cannot_read_is_refused_by_name()
    {
        var notice = IntakeSamples.Notice(Guid.NewGuid()) with { FormDataJson = "{not json" };

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => app.SendAsync(Actors.Clerk, notice));

        Assert.Contains(refused.Problems, p => p is { Path: "form", Code: IntakeRuleCodes.FormUnreadable });
    }

    [Fact]
    public async Task Only_typed_lines_that_are_blank_leave_nothing_to_notify()
    {
        var notice = IntakeSamples.Notice(Guid.NewGuid()) with { Lines = [NoticeLine.Free("free-1", "   ")] };

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => app.SendAsync(Actors.Clerk, notice));

        Assert.Equal([("lines", IntakeRuleCodes.NothingMissing)], refused.Problems.Select(p => (p.Path, p.Code)));
    }
}
