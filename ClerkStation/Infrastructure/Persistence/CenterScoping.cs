using ClerkStation.Domain.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClerkStation.Infrastructure.Persistence;

/// <summary>
/// Center scoping (ADR 0018). Every <see cref="ICenterOwned"/> entity has the named query filter <see cref="FilterName"/>;
/// a context whose <see cref="ClerkDbContext.CenterScope"/> is set sees that center's rows only. Leaving the filter is
/// explicit: <see cref="AcrossCenters{T}"/>, for the city's handlers and the public, token-addressed pages.
/// </summary>
public static class CenterScoping
{
    public const string FilterName = "Center";

    /// <summary>The one way out of the center filter: city roles, /track, rating links and cross-center jobs only.</summary>
    public static IQueryable<T> AcrossCenters<T>(this IQueryable<T> query)
        where T : class => query.IgnoreQueryFilters([FilterName]);
}

/// <summary>
/// Stamps the center on every inserted <see cref="ICenterOwned"/> row that has none, from the context's center, and
/// refuses to write a row of another center through a context scoped to one.
/// </summary>
public sealed class CenterStampInterceptor : SaveChangesInterceptor
{
    public static CenterStampInterceptor Instance { get; } = new();

    private CenterStampInterceptor()
    {
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Stamp(DbContext? context)
    {
        if (context is not ClerkDbContext db)
        {
            return;
        }

        foreach (var entry in db.ChangeTracker.Entries<ICenterOwned>())
        {
            if (entry.State == EntityState.Added && entry.Entity.CenterId == 0)
            {
                entry.Property(nameof(ICenterOwned.CenterId)).CurrentValue = db.InsertCenter;
            }
            else if (entry.State is EntityState.Added or EntityState.Modified && db.CenterScope is { } scope && entry.Entity.CenterId != scope)
            {
                throw new InvalidOperationException($"A {entry.Metadata.ClrType.Name} of center {entry.Entity.CenterId} cannot be written by a context of center {scope}.");
            }
        }
    }
}
