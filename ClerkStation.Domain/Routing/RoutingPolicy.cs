using ClerkStation.Domain.Catalog;

namespace ClerkStation.Domain.Routing;

// 'Catalog' alone would name the sibling namespace here, so the type is written Catalog.Catalog.

/// <summary>
/// 前台综合受理 · 后台分类审批: the window accepts, the department named by the catalog's routeTo approves.
/// Items of a police-window department are refused because they are taken at the separate police counter.
/// </summary>
public static class RoutingPolicy
{
    public static RoutingResult Route(ServiceItem item, Catalog.Catalog catalog)
    {
        var owner = catalog.FindDepartment(item.DepartmentCode);
        if (owner is null || catalog.FindDepartment(item.RouteTo) is null)
        {
            return RoutingResult.Refuse(item.Code, RoutingResult.UnknownItem);
        }

        return owner.Window == ServiceWindow.Police
            ? RoutingResult.Refuse(item.Code, RoutingResult.PoliceWindow)
            : RoutingResult.To(item.Code, item.RouteTo);
    }

    /// <summary>One result per part, in part order; each accepted part becomes its own case.</summary>
    public static IReadOnlyList<RoutingResult> RouteBundle(Bundle bundle, Catalog.Catalog catalog) =>
    [
        .. bundle.Parts.Select(code => catalog.FindItem(code) is { } item
            ? Route(item, catalog)
            : RoutingResult.Refuse(code, RoutingResult.UnknownItem)),
    ];
}
