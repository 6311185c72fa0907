namespace ClerkStation.Features.Admin;

/// <summary>Takes an item off the admin's center's list (the last one off: the center offers every item again).</summary>
[AllowedRoles(StaffRole.Admin)]
public sealed record RemoveCenterItem(string Code) : ICommand<bool>, IAuditTarget
{
    public string? AuditTarget => Code;
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
