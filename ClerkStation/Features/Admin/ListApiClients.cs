using ClerkStation.Features.Api;

namespace ClerkStation.Features.Admin;

/// <summary>The admin's center's API clients for /admin (no secret: only its hash is stored).</summary>
[AllowedRoles(StaffRole.Admin)]
public sealed record ListApiClients : IQuery<IReadOnlyList<ApiClientRow>>;

public sealed class ListApiClientsHandler(ApiClientRegistry registry, ICurrentUser currentUser) : IQueryHandler<ListApiClients, IReadOnlyList<ApiClientRow>>
{
    public async ValueTask<IReadOnlyList<ApiClientRow>> Handle(ListApiClients query, CancellationToken cancellationToken) =>
        await registry.ListAsync((await currentUser.RequireAsync()).CenterId, cancellationToken);
}
