namespace ClerkStation.Infrastructure.Practice;

/// <summary>
/// The two databases of a center, side by side: production (staff accounts, real cases, audit, training records) and
/// practice (cases, decisions and drafts made in the practice workspace). Same schema, separate SQLite files or PostgreSQL databases.
/// Code that must reach one of them regardless of the workspace (Identity, training records, the practice reset)
/// takes it from here; handlers take <see cref="IDbContextFactory{ClerkDbContext}"/> and get the current workspace's.
/// </summary>
public sealed class ClerkDatabases(IDbContextFactory<ClerkDbContext> production, IDbContextFactory<ClerkDbContext> practice)
{
    public IDbContextFactory<ClerkDbContext> Production { get; } = production;

    public IDbContextFactory<ClerkDbContext> Practice { get; } = practice;

    public IDbContextFactory<ClerkDbContext> For(WorkspaceKind kind) => kind == WorkspaceKind.Practice ? Practice : Production;
}

/// <summary>A plain factory over fixed options: one per database.</summary>
internal sealed class FixedDbContextFactory(DatabaseSettings settings, DbContextOptions<ClerkDbContext> options) : IDbContextFactory<ClerkDbContext>
{
    public ClerkDbContext CreateDbContext() => settings.Create(options);
}

/// <summary>
/// What handlers get as <see cref="IDbContextFactory{ClerkDbContext}"/>: a context on the database of the current
/// workspace, scoped to the user's center (ADR 0018). Scoped, like the workspace it reads; unresolved (no request has run
/// yet, start-up, sign-in) means production, unscoped.
/// </summary>
internal sealed class WorkspaceDbContextFactory(Workspace workspace, ClerkDatabases databases) : IDbContextFactory<ClerkDbContext>
{
    public ClerkDbContext CreateDbContext()
    {
        var db = databases.For(workspace.Current).CreateDbContext();
        db.CenterScope = workspace.CenterScope;
        return db;
    }
}
