using ClerkStation.Domain.Centers;
using ClerkStation.Infrastructure.Catalog;

namespace ClerkStation.Features.Admin;

/// <summary>Adds items to the admin's center's list; every code must be an item of the catalog.</summary>
[AllowedRoles(StaffRole.Admin)]
public sealed record AddCenterItems(IReadOnlyList<string> Codes) : ICommand<int>, IAuditTarget
{
    public string? AuditTarget => string.Join(",", Codes ?? []);
}

public sealed class AddCenterItemsValidator(CatalogStore store) : IRequestValidator<AddCenterItems>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(AddCenterItems message, CancellationToken cancellationToken)
    {
        var codes = (message.Codes ?? []).Select(c => c?.Trim() ?? string.Empty).ToList();
        IReadOnlyList<ValidationProblem> problems = codes.Count == 0
            ? [new ValidationProblem("codes", "centerItems.none")]
            : codes.Where(c => store.Catalog.FindItem(c) is null).Distinct(StringComparer.Ordinal)
                .Select(c => new ValidationProblem("codes", "centerItems.unknownCode", new Dictionary<string, string> { ["code"] = c }))
                .ToList();
        return ValueTask.FromResult(problems);
    }
}

public sealed class AddCenterItemsHandler(IDbContextFactory<ClerkDbContext> dbFactory) : ICommandHandler<AddCenterItems, int>
{
    public async ValueTask<int> Handle(AddCenterItems command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var present = await db.CenterItems.Select(i => i.ItemCode).ToListAsync(cancellationToken);
        var added = command.Codes.Select(c => c.Trim()).Distinct(StringComparer.Ordinal).Except(present, StringComparer.Ordinal).ToList();
        db.CenterItems.AddRange(added.Select(c => new CenterItem(db.InsertCenter, c)));
        await db.SaveChangesAsync(cancellationToken);
        return added.Count;
    }
}
