using ClerkStation.Domain.Catalog;

namespace ClerkStation.Domain.Routing;

// 'Catalog' alone would name the sibling namespace here, so the type is written Catalog.Catalog.

/// <summary>
/// 前台综合受理 · 后台分类审批: the window accepts, the department named by the catalog's routeTo approves.
/// Items of a police-window department are refused because they are taken at the separate police counter.
/// </summary>
public static class RoutingPolicy
{
    public static RouteDecision Route(ServiceItem item, Catalog.Catalog catalog)
    {
        var owner = catalog.FindDepartment(item.DepartmentCode);
        if (owner is null || catalog.FindDepartment(item.RouteTo) is null)
        {
            return RouteDecision.Refuse(item.Code, RouteDecision.UnknownItem);
        }

        return owner.Window == ServiceWindow.Police
            ? RouteDecision.Refuse(item.Code, RouteDecision.PoliceWindow)
            : RouteDecision.To(item.Code, item.RouteTo);
    }

    /// <summary>One decision per part, in part order; each accepted part becomes its own case.</summary>
    public static IReadOnlyList<RouteDecision> RouteBundle(Bundle bundle, Catalog.Catalog catalog) =>
    [
        .. bundle.Parts.Select(code => catalog.FindItem(code) is { } item
            ? Route(item, catalog)
            : RouteDecision.Refuse(code, RouteDecision.UnknownItem)),
    ];
}
