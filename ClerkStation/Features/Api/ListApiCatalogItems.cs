using ClerkStation.Infrastructure.Catalog;

namespace ClerkStation.Features.Api;

/// <summary>GET /api/v1/catalog/items: every item of the catalog, in catalog order.</summary>
[AllowedRoles(StaffRole.ApiClient)]
public sealed record ListApiCatalogItems : IQuery<IReadOnlyList<ApiCatalogItem>>;

public sealed class ListApiCatalogItemsHandler(CatalogStore store) : IQueryHandler<ListApiCatalogItems, IReadOnlyList<ApiCatalogItem>>
{
    public ValueTask<IReadOnlyList<ApiCatalogItem>> Handle(ListApiCatalogItems query, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<ApiCatalogItem>>([.. store.Catalog.Items.Select(i =>
            new ApiCatalogItem(i.Code, ApiText.From(i.Name), i.DepartmentCode, i.Kind.ToString(), i.PromisedDays, i.StatutoryDays, i.Applicant.ToString()))]);
}
