using ClerkStation.Infrastructure.Catalog;

namespace ClerkStation.Features.Api;

/// <summary>GET /api/v1/catalog/items/{code}: one item or bundle with its form and materials; null when unknown.</summary>
[AllowedRoles(StaffRole.ApiClient)]
public sealed record GetApiCatalogTarget(string Code) : IQuery<ApiCatalogTarget?>;

public sealed class GetApiCatalogTargetHandler(CatalogStore store) : IQueryHandler<GetApiCatalogTarget, ApiCatalogTarget?>
{
    public ValueTask<ApiCatalogTarget?> Handle(GetApiCatalogTarget query, CancellationToken cancellationToken)
    {
        var target = store.FindTarget(query.Code ?? string.Empty);
        return ValueTask.FromResult(target is null ? null : new ApiCatalogTarget(
            target.Code, ApiText.From(target.Name), target.IsBundle, [.. target.Parts.Select(p => p.Code)], target.Applicant.ToString(),
            [.. target.Form.Fields.Select(ApiField.From)], [.. target.Materials.Select(ApiMaterial.From)]));
    }
}
