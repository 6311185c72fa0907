using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Security;
using Mediator;

namespace ClerkStation.Features.Api;

/// <summary>GET /api/v1/catalog/items: every item of the catalog, in catalog order.</summary>
[AllowedRoles(StaffRole.ApiClient)]
public sealed record ListApiCatalogItems : IQuery<IReadOnlyList<ApiCatalogItem>>;

/// <summary>GET /api/v1/catalog/items/{code}: one item or bundle with its form and materials; null when unknown.</summary>
[AllowedRoles(StaffRole.ApiClient)]
public sealed record GetApiCatalogTarget(string Code) : IQuery<ApiCatalogTarget?>;

/// <summary>GET /api/v1/catalog/bundles.</summary>
[AllowedRoles(StaffRole.ApiClient)]
public sealed record ListApiBundles : IQuery<IReadOnlyList<ApiBundle>>;

public sealed class ApiCatalogHandler(CatalogStore store) :
    IQueryHandler<ListApiCatalogItems, IReadOnlyList<ApiCatalogItem>>,
    IQueryHandler<GetApiCatalogTarget, ApiCatalogTarget?>,
    IQueryHandler<ListApiBundles, IReadOnlyList<ApiBundle>>
{
    public ValueTask<IReadOnlyList<ApiCatalogItem>> Handle(ListApiCatalogItems query, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<ApiCatalogItem>>([.. store.Catalog.Items.Select(i =>
            new ApiCatalogItem(i.Code, ApiText.From(i.Name), i.DepartmentCode, i.Kind.ToString(), i.PromisedDays, i.StatutoryDays, i.Applicant.ToString()))]);

    public ValueTask<ApiCatalogTarget?> Handle(GetApiCatalogTarget query, CancellationToken cancellationToken)
    {
        var target = store.FindTarget(query.Code ?? string.Empty);
        return ValueTask.FromResult(target is null ? null : new ApiCatalogTarget(
            target.Code, ApiText.From(target.Name), target.IsBundle, [.. target.Parts.Select(p => p.Code)], target.Applicant.ToString(),
            [.. target.Form.Fields.Select(ApiField.From)], [.. target.Materials.Select(ApiMaterial.From)]));
    }

    public ValueTask<IReadOnlyList<ApiBundle>> Handle(ListApiBundles query, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<ApiBundle>>([.. store.Catalog.Bundles.Select(b => new ApiBundle(b.Code, ApiText.From(b.Name), b.Parts))]);
}
