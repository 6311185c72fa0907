using ClerkStation.Domain.PreApplications;
using ClerkStation.Features.Agents;
using ClerkStation.Features.BackOffice;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Tests.Features.BackOffice;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Agents;

/// <summary>
/// The notices to an agent (in-app and the SMS outbox) when a case the agent carries needs a supplement or its result is
/// ready, and none for a counter case.
/// </summary>
public sealed class AgentNoticeTests(ClerkAppFactory app) : AgentTestBase(app)
{
    private async Task<(List<AgentNotice> Notices, List<SmsMessage> Sms)> NoticesForAsync(string caseNumber)
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var notices = await db.AgentNotices.AsNoTracking().Where(n => n.CaseNumber == caseNumber).ToListAsync(TestContext.Current.CancellationToken);
        var ids = notices.Select(n => n.Id).ToList();
        var sms = await db.SmsOutbox.AsNoTracking().Where(m => ids.Contains(m.NoticeId)).ToListAsync(TestContext.Current.CancellationToken);
        return (notices, sms);
    }

    [Fact]
    public async Task A_supplement_and_a_result_for_an_agents_case_each_give_one_notice_and_one_sms_to_that_agent_only()
    {
        var agent = await NewAgentAsync();
        var other = await NewAgentAsync();
        var submitted = await App.SendAsync(agent, Request(new AgentTaking(TakenBy.Village)));
        var (id, number) = await AcceptAtCounterAsync(submitted.Receipt.Id);
        Assert.Empty((await NoticesForAsync(number)).Notices);

        await App.SendAsync(Actors.ReviewerMz, new ClaimCase(id));
        await App.SendAsync(Actors.ReviewerMz, new RequestSupplement(id, ["户口簿复印件"]));

        var (notices, sms) = await NoticesForAsync(number);
        var notice = Assert.Single(notices);
        Assert.Equal((AgentNoticeKind.Supplement, agent.UserId), (notice.Kind, notice.AgentId));
        var message = Assert.Single(sms);
        Assert.Equal("13900000002", message.Phone);
        Assert.Contains(number, message.Text, StringComparison.Ordinal);
        Assert.Contains("补正", message.Text, StringComparison.Ordinal);

        var mine = await App.SendAsync(agent, new GetAgentNotices());
        Assert.Equal((1, AgentNoticeKind.Supplement), (mine.Unread, Assert.Single(mine.Notices).Kind));
        Assert.Empty((await App.SendAsync(other, new GetAgentNotices())).Notices);
        Assert.Equal(1, await App.SendAsync(agent, new MarkAgentNoticesRead()));
        Assert.Equal(0, (await App.SendAsync(agent, new GetAgentNotices())).Unread);

        await App.SendAsync(Actors.Clerk, new ClerkStation.Features.FollowUps.RecordCaseSupplement(id));
        await App.SendAsync(Actors.ReviewerMz, new ApproveCase(id));

        (notices, sms) = await NoticesForAsync(number);
        Assert.Equal([AgentNoticeKind.Supplement, AgentNoticeKind.ResultReady], notices.OrderBy(n => n.Id).Select(n => n.Kind));
        Assert.Equal(2, sms.Count);
        Assert.Contains(sms, m => m.Text.Contains("已办结", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_counter_case_gives_no_agent_notice()
    {
        var (id, number) = await CaseScenario.SubmitPromisedAsync(App);
        await App.SendAsync(Actors.ReviewerMz, new ClaimCase(id));
        await App.SendAsync(Actors.ReviewerMz, new RequestSupplement(id, ["户口簿复印件"]));

        Assert.Empty((await NoticesForAsync(number)).Notices);
    }

    [Fact]
    public async Task The_sms_sender_marks_pending_messages_sent()
    {
        var agent = await NewAgentAsync();
        var (id, number) = await AcceptAtCounterAsync((await App.SendAsync(agent, Request(new AgentTaking(TakenBy.Village)))).Receipt.Id);
        await App.SendAsync(Actors.ReviewerMz, new ClaimCase(id));
        await App.SendAsync(Actors.ReviewerMz, new RequestSupplement(id, ["户口簿复印件"]));

        await App.Services.GetRequiredService<SmsOutboxSender>().SendPendingAsync(TestContext.Current.CancellationToken);

        var message = Assert.Single((await NoticesForAsync(number)).Sms);
        Assert.Equal(SmsStatus.Sent, message.Status);
        Assert.NotNull(message.SentAt);
    }
}
