namespace ClerkStation.Tests.Domain.Catalog;

using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Routing;

public class RoutingPolicyTests
{
    private static readonly Catalog Catalog = CatalogLoader.LoadFromFiles(CatalogFixture.Files()).Catalog!;

    [Fact]
    public void Items_route_to_their_back_office_department()
    {
        Assert.Equal("mz", RoutingPolicy.Route(Catalog.FindItem("MZ-001")!, Catalog).DepartmentCode);
        var birth = RoutingPolicy.Route(Catalog.FindItem("WJ-001")!, Catalog);
        Assert.True(birth.IsAccepted);
        Assert.Equal("mz", birth.DepartmentCode);   // routeTo, not the owning department
    }

    [Fact]
    public void Police_window_items_are_refused_not_thrown()
    {
        var route = RoutingPolicy.Route(Catalog.FindItem("GA-001")!, Catalog);
        Assert.False(route.IsAccepted);
        Assert.Null(route.DepartmentCode);
        Assert.Equal(RoutingResult.PoliceWindow, route.RefusalCode);
    }

    [Fact]
    public void Bundles_route_each_part()
    {
        var routes = RoutingPolicy.RouteBundle(Catalog.FindBundle("YJS-002")!, Catalog);
        Assert.Equal(["MZ-002", "GA-001"], routes.Select(d => d.ItemCode));
        Assert.Equal([true, false], routes.Select(d => d.IsAccepted));
        Assert.Equal(["mz", "mz"], RoutingPolicy.RouteBundle(Catalog.FindBundle("YJS-001")!, Catalog).Select(d => d.DepartmentCode));
    }

    [Fact]
    public void An_item_unknown_to_the_catalog_is_refused()
    {
        var stray = Catalog.FindItem("MZ-001")! with { DepartmentCode = "zz" };
        Assert.Equal(RoutingResult.UnknownItem, RoutingPolicy.Route(stray, Catalog).RefusalCode);
    }
}
