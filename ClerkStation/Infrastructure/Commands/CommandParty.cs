namespace ClerkStation.Infrastructure.Commands;

/// <summary>
/// Who a command acts for and whose clock it reads. The signed-in staff member on the current center's clock unless
/// the command says otherwise: nobody signed in (a kiosk, an applicant rating by token: <see cref="Nobody"/>), the
/// clock of the center a row belongs to (a rating is counted in the rated center's day).
/// </summary>
public sealed record CommandParty(Actor Actor, CenterTime Clock)
{
    /// <summary>Nobody signed in: no roles, and the audit row names no user (as the trail always named such senders).</summary>
    public static Actor Nobody { get; } = Actor.Create(string.Empty, string.Empty, []);

    /// <summary>The database written when it is not the workspace's (the calendar's summary is production's).</summary>
    public IDbContextFactory<ClerkDbContext>? Database { get; init; }

    internal CommandContext Start(ClerkDbContext db)
    {
        var now = Clock.Now;
        return new CommandContext(db, Actor, now, DateOnly.FromDateTime(now.DateTime));
    }
}
