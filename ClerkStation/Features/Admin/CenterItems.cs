using ClerkStation.Domain.Centers;
using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Features.Admin;

/// <summary>The items of the shared catalog the admin's center offers; empty means every item (ADR 0025).</summary>
[AllowedRoles(StaffRole.Admin)]
public sealed record GetCenterItems : IQuery<IReadOnlyList<string>>;

/// <summary>Adds items to the admin's center's list; every code must be an item of the catalog.</summary>
[AllowedRoles(StaffRole.Admin)]
public sealed record AddCenterItems(IReadOnlyList<string> Codes) : ICommand<int>, IAuditTarget
{
    public string? AuditTarget => string.Join(",", Codes ?? []);
}

/// <summary>Takes an item off the admin's center's list (the last one off: the center offers every item again).</summary>
[AllowedRoles(StaffRole.Admin)]
public sealed record RemoveCenterItem(string Code) : ICommand<bool>, IAuditTarget
{
    public string? AuditTarget => Code;
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

public sealed class GetCenterItemsHandler(IDbContextFactory<ClerkDbContext> dbFactory) : IQueryHandler<GetCenterItems, IReadOnlyList<string>>
{
    public async ValueTask<IReadOnlyList<string>> Handle(GetCenterItems query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CenterItems.AsNoTracking().OrderBy(i => i.ItemCode).Select(i => i.ItemCode).ToListAsync(cancellationToken);
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

public sealed class RemoveCenterItemHandler(IDbContextFactory<ClerkDbContext> dbFactory) : ICommandHandler<RemoveCenterItem, bool>
{
    public async ValueTask<bool> Handle(RemoveCenterItem command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var code = command.Code?.Trim() ?? string.Empty;
        return await db.CenterItems.Where(i => i.ItemCode == code).ExecuteDeleteAsync(cancellationToken) > 0;
    }
}
