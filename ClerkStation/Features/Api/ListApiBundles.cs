using ClerkStation.Infrastructure.Catalog;

namespace ClerkStation.Features.Api;

/// <summary>GET /api/v1/catalog/bundles.</summary>
[AllowedRoles(StaffRole.ApiClient)]
public sealed record ListApiBundles : IQuery<IReadOnlyList<ApiBundle>>;

public sealed class ListApiBundlesHandler(CatalogStore store) : IQueryHandler<ListApiBundles, IReadOnlyList<ApiBundle>>
{
    public ValueTask<IReadOnlyList<ApiBundle>> Handle(ListApiBundles query, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<ApiBundle>>([.. store.Catalog.Bundles.Select(b => new ApiBundle(b.Code, ApiText.From(b.Name), b.Parts))]);
}
