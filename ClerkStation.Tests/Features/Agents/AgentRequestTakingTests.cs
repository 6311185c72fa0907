using ClerkStation.Domain.PreApplications;
using ClerkStation.Features.Agents;
using ClerkStation.Features.CaseFile;
using ClerkStation.Features.OnlineApplications;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Tests.Features.CaseFile;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Agents;

/// <summary>
/// An agent's request on /agent: how it was taken, and the photos that reach the counter with it and that the agent
/// keeps seeing after the case is made.
/// </summary>
public sealed class AgentRequestTakingTests(ClerkAppFactory app) : AgentTestBase(app)
{
    [Fact]
    public async Task A_request_taken_by_phone_needs_the_appointments_time_and_place_and_the_counter_sees_them()
    {
        var agent = await NewAgentAsync();
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => App.SendAsync(agent, Request(new AgentTaking(TakenBy.Phone))));
        Assert.Contains(refused.Problems, p => p.Path == "taking.appointmentAt");
        Assert.Contains(refused.Problems, p => p.Path == "taking.appointmentPlace");
        var none = await Assert.ThrowsAsync<RequestValidationException>(() => App.SendAsync(agent, Request(null)));
        Assert.Contains(none.Problems, p => p.Path == "taking.how");

        var at = new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.FromHours(8));
        var submitted = await App.SendAsync(agent, Request(new AgentTaking(TakenBy.Phone, at, " 洋山新村村委会 ")));

        var pre = (await App.SendAsync(Actors.Clerk, new OpenPreApplication(submitted.Receipt.Id)))!;
        Assert.Equal(new AgentTaking(TakenBy.Phone, at, "洋山新村村委会"), pre.Taking);
    }

    [Fact]
    public async Task The_agents_photos_reach_the_counter_with_the_pre_application_and_go_to_the_case()
    {
        var agent = await NewAgentAsync();
        var key = Guid.NewGuid();
        await App.SendAsync(agent, new AttachMaterialPage(key, AgentRequestForm.AuthorizationLetterCode, new MemoryStream(TestPages.Jpeg())));
        await App.SendAsync(agent, new AttachMaterialPage(key, "household-book", new MemoryStream(TestPages.Jpeg(shade: 0x80))));

        var submitted = await App.SendAsync(agent, Request(new AgentTaking(TakenBy.Village), key));

        Assert.Empty(await App.SendAsync(agent, new GetDraftPages(key)));
        var atCounter = await App.SendAsync(Actors.Clerk, new GetDraftPages(submitted.Receipt.Id));
        Assert.Equal([AgentRequestForm.AuthorizationLetterCode, "household-book"], atCounter.Select(p => p.MaterialCode).Order(StringComparer.Ordinal));
        Assert.Empty(await App.SendAsync(Actors.Agent2, new GetDraftPages(submitted.Receipt.Id)));

        var number = (await AcceptAtCounterAsync(submitted.Receipt.Id)).Number;
        var caseFile = await App.SendAsync(Actors.Supervisor, new GetCaseFile(number));
        Assert.Equal(2, caseFile.Count);
    }

    [Fact]
    public async Task The_agent_keeps_seeing_the_pages_they_sent_after_the_case_is_made_and_nothing_else_of_it()
    {
        var agent = await NewAgentAsync();
        var key = Guid.NewGuid();
        var book = await App.SendAsync(agent, new AttachMaterialPage(key, "holder-id", new MemoryStream(TestPages.Jpeg(shade: 0x80))));
        var letter = await App.SendAsync(agent, new AttachMaterialPage(key, AgentRequestForm.AuthorizationLetterCode, new MemoryStream(TestPages.Jpeg())));
        var submitted = await App.SendAsync(agent, Request(new AgentTaking(TakenBy.Village), key));
        var byClerk = await App.SendAsync(Actors.Clerk, new AttachMaterialPage(submitted.Receipt.Id, "holder-id", new MemoryStream(TestPages.Jpeg(shade: 0x40))));

        var row = Assert.Single(await App.SendAsync(agent, new GetAgentRequests()), r => r.Id == submitted.Receipt.Id);
        Assert.Equal([letter.Id, book.Id], row.Pages.Select(p => p.Id)); // the letter first; the clerk's page is not the agent's
        Assert.Null(row.Pages[0].MaterialName);
        Assert.NotNull(row.Pages[1].MaterialName);

        await AcceptAtCounterAsync(submitted.Receipt.Id);
        row = Assert.Single(await App.SendAsync(agent, new GetAgentRequests()), r => r.Id == submitted.Receipt.Id);
        Assert.Equal([letter.Id, book.Id], row.Pages.Select(p => p.Id));
        Assert.NotNull(await App.SendAsync(agent, new OpenMaterialPage(letter.Id, Thumbnail: true)));
        Assert.NotNull(await App.SendAsync(agent, new OpenMaterialPage(book.Id, Thumbnail: false)));
        Assert.Null(await App.SendAsync(agent, new OpenMaterialPage(byClerk.Id, Thumbnail: true)));
        Assert.Null(await App.SendAsync(Actors.Agent2, new OpenMaterialPage(letter.Id, Thumbnail: true)));
        Assert.DoesNotContain(await App.SendAsync(Actors.Agent2, new GetAgentRequests()), r => r.Id == submitted.Receipt.Id);
    }
}
