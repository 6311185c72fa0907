using ClerkStation.Infrastructure.Catalog;

namespace ClerkStation.Features.ItemSearch;

/// <summary>Pins or unpins an item or bundle in the clerk's own picker; answers whether it is now a favourite.</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record ToggleFavourite(string Code) : IRequest<bool>;

public sealed class ToggleFavouriteHandler(IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser, CatalogStore store)
    : IRequestHandler<ToggleFavourite, bool>
{
    public async ValueTask<bool> Handle(ToggleFavourite request, CancellationToken cancellationToken)
    {
        var clerk = await currentUser.RequireAsync();
        if (store.FindTarget(request.Code) is null)
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var existing = await db.ClerkFavourites.FindAsync([clerk.UserId, request.Code], cancellationToken);
        if (existing is null)
        {
            db.ClerkFavourites.Add(new ClerkFavourite { UserId = clerk.UserId, Code = request.Code });
        }
        else
        {
            db.ClerkFavourites.Remove(existing);
        }

        await db.SaveChangesAsync(cancellationToken);
        return existing is null;
    }
}
