using Bunit;
using Bunit.TestDoubles;
using ClerkStation.Components.Layout;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Tests.Components.Layout;

/// <summary>
/// The app bar's links, now one AuthorizeView and a list of links with their roles (ADR 0026): each role sees the work
/// areas it may open, in the app bar's order, and nothing else.
/// </summary>
public sealed class AppNavigationTests : BunitContext
{
    private readonly BunitAuthorizationContext _auth;

    public AppNavigationTests()
    {
        // Plain markup and one AuthorizeView: the resources and bUnit's authorization, added before anything resolves.
        Services.AddLocalization();
        _auth = AddAuthorization();
        SetRendererInfo(new RendererInfo("Server", true));
    }

    private string[] LinksFor(params string[] roles)
    {
        var auth = _auth;
        if (roles.Length > 0)
        {
            auth.SetAuthorized("someone");
            auth.SetRoles(roles);
        }
        return [.. Render<AppNavigation>().FindAll("nav a").Select(a => a.GetAttribute("href")!)];
    }

    [Fact]
    public void A_clerk_sees_the_counter_areas_in_order() =>
        Assert.Equal(["/intake", "/counter", "/counter/online", "/counter/appointments", "/complaints/new", "/training"], LinksFor("Clerk"));

    [Fact]
    public void A_trainee_sees_intake_counter_and_practice_only() =>
        Assert.Equal(["/intake", "/counter", "/training"], LinksFor("Trainee"));

    [Fact]
    public void A_reviewer_sees_only_the_back_office() => Assert.Equal(["/backoffice"], LinksFor("Reviewer"));

    [Fact]
    public void A_supervisor_with_a_second_role_sees_each_link_once() =>
        Assert.Equal(["/counter/appointments", "/supervisor", "/complaints/new", "/admin"], LinksFor("Supervisor", "Admin"));

    [Fact]
    public void Nobody_signed_in_sees_no_link() => Assert.Empty(LinksFor());

    [Fact]
    public void A_link_reads_as_the_localized_area_name_in_a_text_button()
    {
        _auth.SetAuthorized("someone");
        _auth.SetRoles("Agent");
        var link = Render<AppNavigation>().Find("nav a");
        Assert.Equal("/agent", link.GetAttribute("href"));
        Assert.False(string.IsNullOrWhiteSpace(link.TextContent));
        Assert.NotEqual("Nav.Agent", link.TextContent.Trim());
        Assert.Contains("mud-button-text", link.ClassList);
    }
}
