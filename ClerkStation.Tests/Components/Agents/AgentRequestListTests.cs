using Bunit;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.PreApplications;
using ClerkStation.Features.Agents;
using ClerkStation.Features.CaseFile;
using Microsoft.AspNetCore.Components;
using MudBlazor.Services;

namespace ClerkStation.Tests.Components.Agents;

/// <summary>我的代办 on the agent's phone: each request with its outcome, its cases and the photos the agent sent.</summary>
public sealed class AgentRequestListTests : BunitContext
{
    private static readonly Guid Letter = Guid.NewGuid();
    private static readonly Guid Book = Guid.NewGuid();

    public AgentRequestListTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        SetRendererInfo(new RendererInfo("Server", true));
    }

    private static AgentRequestRow Accepted(params CarriedPage[] pages) => new(
        Guid.NewGuid(), "WS-20261202-0001", "岛民老王", "MZ-012", new LocalizedText("残疾人两项补贴停发、变更", "Disability allowances: stop or change"),
        new DateTimeOffset(2026, 12, 2, 9, 30, 0, TimeSpan.FromHours(8)), PreApplicationStatus.Accepted, "DH-20261202-0007",
        [new CarriedCase("DH-20261202-0007", CaseStatus.Routed, new DateOnly(2026, 12, 16))]) { Pages = pages };

    [Fact]
    public void No_request_yet_says_how_to_make_one()
    {
        var cut = Cultures.In("zh-CN", () => Render<AgentRequestList>(p => p.Add(c => c.Rows, [])));

        Assert.Contains("新申请", cut.Find("[data-testid=agent-requests-empty]").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "授权委托书 第 1 页", "户口簿 第 2 页")]
    [InlineData("en-US", "Authorization letter, page 1", "Household register, page 2")]
    public void The_pages_sent_are_listed_letter_first_each_opening_its_full_page(string culture, string letterAlt, string bookAlt)
    {
        var row = Accepted(
            new CarriedPage(Letter, AgentRequestForm.AuthorizationLetterCode, null, 1, false),
            new CarriedPage(Book, "hukou", new LocalizedText("户口簿", "Household register"), 2, false));

        var cut = Cultures.In(culture, () => Render<AgentRequestList>(p => p.Add(c => c.Rows, [row])));

        var card = cut.Find("[data-request='WS-20261202-0001']");
        Assert.Contains("DH-20261202-0007", card.TextContent, StringComparison.Ordinal);
        var links = cut.FindAll("[data-testid=agent-pages] a");
        Assert.Equal([CaseFileEndpoints.UrlFor(Letter), CaseFileEndpoints.UrlFor(Book)], links.Select(a => a.GetAttribute("href")));
        Assert.All(links, a => Assert.Equal("noopener", a.GetAttribute("rel")));
        var images = cut.FindAll("[data-testid=agent-pages] img");
        Assert.Equal([letterAlt, bookAlt], images.Select(i => i.GetAttribute("alt")));
        Assert.Equal(CaseFileEndpoints.UrlFor(Letter, thumbnail: true), images[0].GetAttribute("src"));
        Assert.Contains("2", cut.Find("[data-testid=agent-pages]").GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_of_a_material_the_item_does_not_name_is_not_called_the_authorization_letter()
    {
        var row = Accepted(new CarriedPage(Book, "household-book", null, 1, true));

        var cut = Cultures.In("zh-CN", () => Render<AgentRequestList>(p => p.Add(c => c.Rows, [row])));

        Assert.Equal("household-book 第 1 页 (PDF)", cut.Find("[data-testid=agent-pages] img").GetAttribute("alt"));
    }

    [Fact]
    public void A_request_sent_without_photos_shows_no_empty_page_strip()
    {
        var cut = Cultures.In("zh-CN", () => Render<AgentRequestList>(p => p.Add(c => c.Rows, [Accepted()])));

        Assert.Empty(cut.FindAll("[data-testid=agent-pages]"));
    }
}
