using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.PreApplications;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Admin;
using ClerkStation.Features.Agents;
using ClerkStation.Features.Api;
using ClerkStation.Features.BackOffice;
using ClerkStation.Features.CaseFile;
using ClerkStation.Features.Intake;
using ClerkStation.Features.OnlineApplications;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Tests.Features.BackOffice;
using ClerkStation.Tests.Features.CaseFile;
using ClerkStation.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClerkStation.Tests.Features.Agents;

/// <summary>
/// 帮办代办 on /agent: villages on the agent, how a request was taken, photos that reach the counter with it, and the
/// notices (in-app and the SMS outbox) when a case the agent carries needs a supplement or its result is ready.
/// </summary>
public sealed class AgentNoticeTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private const string Form = """{"changeReason":"account","holderName":"李四","holderId":"330921195506120027"}""";

    private static readonly Applicant Resident = new(ApplicantKind.Person, "岛民老王", TestIds.ZhaoLei, "13812345678");

    private static SubmitPreApplication Request(AgentTaking? taking, Guid? pagesKey = null) => new(
        Guid.NewGuid().ToString(), Guid.NewGuid().ToString("N"), Channel.Agent, "MZ-012", Resident, Form,
        new Dictionary<string, MaterialStatus>(), taking, pagesKey);

    /// <summary>A real agent account (the SMS goes to its phone), made by the admin.</summary>
    private async Task<Actor> NewAgentAsync(string villages = "洋山新村，小湖村")
    {
        var name = "agent." + Guid.NewGuid().ToString("N")[..8];
        var id = await app.SendAsync(Actors.Admin, new SaveStaff(null, name, "林金玲", "Agent!2026", [StaffRole.Agent], [], villages, "13900000002"));
        return Actor.Create(id, "林金玲", [StaffRole.Agent]);
    }

    private async Task<CaseScenario.Submitted> AcceptAtCounterAsync(Guid preId)
    {
        var pre = (await app.SendAsync(Actors.Clerk, new OpenPreApplication(preId)))!;
        var outcome = await app.SendAsync(Actors.Clerk, new SubmitApplication(pre.Id, pre.TargetCode, pre.Applicant, pre.FormDataJson,
            new Dictionary<string, MaterialStatus>(), PreApplicationId: pre.Id));
        var accepted = Assert.Single(outcome.Cases);
        return new CaseScenario.Submitted(accepted.Id, accepted.Number);
    }

    private async Task<(List<AgentNotice> Notices, List<SmsMessage> Sms)> NoticesForAsync(string caseNumber)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var notices = await db.AgentNotices.AsNoTracking().Where(n => n.CaseNumber == caseNumber).ToListAsync(TestContext.Current.CancellationToken);
        var ids = notices.Select(n => n.Id).ToList();
        var sms = await db.SmsOutbox.AsNoTracking().Where(m => ids.Contains(m.NoticeId)).ToListAsync(TestContext.Current.CancellationToken);
        return (notices, sms);
    }

    [Fact]
    public async Task The_admin_gives_an_agent_villages_and_a_phone_that_the_agent_and_the_supervisor_see()
    {
        var agent = await NewAgentAsync("洋山新村，小湖村、洋山新村");

        var row = Assert.Single(await app.SendAsync(Actors.Admin, new ListStaff()), s => s.Id == agent.UserId);
        Assert.Equal(("洋山新村、小湖村", "13900000002"), (row.Villages, row.Phone));
        Assert.Equal("洋山新村、小湖村", (await app.SendAsync(agent, new GetAgentProfile())).Villages);

        await app.SendAsync(agent, Request(new AgentTaking(TakenBy.Village)));
        var workload = await app.SendAsync(Actors.Supervisor, new GetAgentWorkload());
        Assert.Equal("洋山新村、小湖村", Assert.Single(workload.Agents, a => a.AgentId == agent.UserId).Villages);
    }

    [Fact]
    public async Task An_agent_without_a_village_or_a_phone_is_refused()
    {
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            app.SendAsync(Actors.Admin, new SaveStaff(null, "agent.nowhere", "无村", "Agent!2026", [StaffRole.Agent], [], " ", "12345")));

        Assert.Contains(refused.Problems, p => (p.Path, p.Code) == ("villages", "staff.villageRequired"));
        Assert.Contains(refused.Problems, p => (p.Path, p.Code) == ("phone", "staff.phoneInvalid"));
    }

    [Fact]
    public async Task A_request_taken_by_phone_needs_the_appointments_time_and_place_and_the_counter_sees_them()
    {
        var agent = await NewAgentAsync();
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => app.SendAsync(agent, Request(new AgentTaking(TakenBy.Phone))));
        Assert.Contains(refused.Problems, p => p.Path == "taking.appointmentAt");
        Assert.Contains(refused.Problems, p => p.Path == "taking.appointmentPlace");
        var none = await Assert.ThrowsAsync<RequestValidationException>(() => app.SendAsync(agent, Request(null)));
        Assert.Contains(none.Problems, p => p.Path == "taking.how");

        var at = new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.FromHours(8));
        var submitted = await app.SendAsync(agent, Request(new AgentTaking(TakenBy.Phone, at, " 洋山新村村委会 ")));

        var pre = (await app.SendAsync(Actors.Clerk, new OpenPreApplication(submitted.Receipt.Id)))!;
        Assert.Equal(new AgentTaking(TakenBy.Phone, at, "洋山新村村委会"), pre.Taking);
    }

    [Fact]
    public async Task The_agents_photos_reach_the_counter_with_the_pre_application_and_go_to_the_case()
    {
        var agent = await NewAgentAsync();
        var key = Guid.NewGuid();
        await app.SendAsync(agent, new AttachMaterialPage(key, AgentRequestForm.AuthorizationLetterCode, new MemoryStream(TestPages.Jpeg())));
        await app.SendAsync(agent, new AttachMaterialPage(key, "household-book", new MemoryStream(TestPages.Jpeg(shade: 0x80))));

        var submitted = await app.SendAsync(agent, Request(new AgentTaking(TakenBy.Village), key));

        Assert.Empty(await app.SendAsync(agent, new GetDraftPages(key)));
        var atCounter = await app.SendAsync(Actors.Clerk, new GetDraftPages(submitted.Receipt.Id));
        Assert.Equal([AgentRequestForm.AuthorizationLetterCode, "household-book"], atCounter.Select(p => p.MaterialCode).Order(StringComparer.Ordinal));
        Assert.Empty(await app.SendAsync(Actors.Agent2, new GetDraftPages(submitted.Receipt.Id)));

        var number = (await AcceptAtCounterAsync(submitted.Receipt.Id)).Number;
        var caseFile = await app.SendAsync(Actors.Supervisor, new GetCaseFile(number));
        Assert.Equal(2, caseFile.Count);
    }

    [Fact]
    public async Task The_agent_keeps_seeing_the_pages_they_sent_after_the_case_is_made_and_nothing_else_of_it()
    {
        var agent = await NewAgentAsync();
        var key = Guid.NewGuid();
        var book = await app.SendAsync(agent, new AttachMaterialPage(key, "holder-id", new MemoryStream(TestPages.Jpeg(shade: 0x80))));
        var letter = await app.SendAsync(agent, new AttachMaterialPage(key, AgentRequestForm.AuthorizationLetterCode, new MemoryStream(TestPages.Jpeg())));
        var submitted = await app.SendAsync(agent, Request(new AgentTaking(TakenBy.Village), key));
        var byClerk = await app.SendAsync(Actors.Clerk, new AttachMaterialPage(submitted.Receipt.Id, "holder-id", new MemoryStream(TestPages.Jpeg(shade: 0x40))));

        var row = Assert.Single(await app.SendAsync(agent, new GetAgentRequests()), r => r.Id == submitted.Receipt.Id);
        Assert.Equal([letter.Id, book.Id], row.Pages.Select(p => p.Id)); // the letter first; the clerk's page is not the agent's
        Assert.Null(row.Pages[0].MaterialName);
        Assert.NotNull(row.Pages[1].MaterialName);

        await AcceptAtCounterAsync(submitted.Receipt.Id);
        row = Assert.Single(await app.SendAsync(agent, new GetAgentRequests()), r => r.Id == submitted.Receipt.Id);
        Assert.Equal([letter.Id, book.Id], row.Pages.Select(p => p.Id));
        Assert.NotNull(await app.SendAsync(agent, new OpenMaterialPage(letter.Id, Thumbnail: true)));
        Assert.NotNull(await app.SendAsync(agent, new OpenMaterialPage(book.Id, Thumbnail: false)));
        Assert.Null(await app.SendAsync(agent, new OpenMaterialPage(byClerk.Id, Thumbnail: true)));
        Assert.Null(await app.SendAsync(Actors.Agent2, new OpenMaterialPage(letter.Id, Thumbnail: true)));
        Assert.DoesNotContain(await app.SendAsync(Actors.Agent2, new GetAgentRequests()), r => r.Id == submitted.Receipt.Id);
    }

    [Fact]
    public async Task A_supplement_and_a_result_for_an_agents_case_each_give_one_notice_and_one_sms_to_that_agent_only()
    {
        var agent = await NewAgentAsync();
        var other = await NewAgentAsync();
        var submitted = await app.SendAsync(agent, Request(new AgentTaking(TakenBy.Village)));
        var (id, number) = await AcceptAtCounterAsync(submitted.Receipt.Id);
        Assert.Empty((await NoticesForAsync(number)).Notices);

        await app.SendAsync(Actors.ReviewerMz, new ClaimCase(id));
        await app.SendAsync(Actors.ReviewerMz, new RequestSupplement(id, ["户口簿复印件"]));

        var (notices, sms) = await NoticesForAsync(number);
        var notice = Assert.Single(notices);
        Assert.Equal((AgentNoticeKind.Supplement, agent.UserId), (notice.Kind, notice.AgentId));
        var message = Assert.Single(sms);
        Assert.Equal("13900000002", message.Phone);
        Assert.Contains(number, message.Text, StringComparison.Ordinal);
        Assert.Contains("补正", message.Text, StringComparison.Ordinal);

        var mine = await app.SendAsync(agent, new GetAgentNotices());
        Assert.Equal((1, AgentNoticeKind.Supplement), (mine.Unread, Assert.Single(mine.Notices).Kind));
        Assert.Empty((await app.SendAsync(other, new GetAgentNotices())).Notices);
        Assert.Equal(1, await app.SendAsync(agent, new MarkAgentNoticesRead()));
        Assert.Equal(0, (await app.SendAsync(agent, new GetAgentNotices())).Unread);

        await app.SendAsync(Actors.Clerk, new ClerkStation.Features.Counter.RecordCaseSupplement(id));
        await app.SendAsync(Actors.ReviewerMz, new ApproveCase(id));

        (notices, sms) = await NoticesForAsync(number);
        Assert.Equal([AgentNoticeKind.Supplement, AgentNoticeKind.ResultReady], notices.OrderBy(n => n.Id).Select(n => n.Kind));
        Assert.Equal(2, sms.Count);
        Assert.Contains(sms, m => m.Text.Contains("已办结", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_counter_case_gives_no_agent_notice()
    {
        var (id, number) = await CaseScenario.SubmitPromisedAsync(app);
        await app.SendAsync(Actors.ReviewerMz, new ClaimCase(id));
        await app.SendAsync(Actors.ReviewerMz, new RequestSupplement(id, ["户口簿复印件"]));

        Assert.Empty((await NoticesForAsync(number)).Notices);
    }

    [Fact]
    public async Task The_sms_sender_marks_pending_messages_sent()
    {
        var agent = await NewAgentAsync();
        var (id, number) = await AcceptAtCounterAsync((await app.SendAsync(agent, Request(new AgentTaking(TakenBy.Village)))).Receipt.Id);
        await app.SendAsync(Actors.ReviewerMz, new ClaimCase(id));
        await app.SendAsync(Actors.ReviewerMz, new RequestSupplement(id, ["户口簿复印件"]));

        await app.Services.GetRequiredService<SmsOutboxSender>().SendPendingAsync(TestContext.Current.CancellationToken);

        var message = Assert.Single((await NoticesForAsync(number)).Sms);
        Assert.Equal(SmsStatus.Sent, message.Status);
        Assert.NotNull(message.SentAt);
    }
}
