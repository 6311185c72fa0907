namespace ClerkStation.Features.Api;

/// <summary>
/// The Idempotency-Key rule of a submission: the same client and key answer with the first pre-application (nothing
/// changes); with another body it is an <see cref="IdempotencyConflictException"/>.
/// </summary>
internal static class PreApplicationReplay
{
    /// <summary>The first submission of this client under the command's key, answered as a replay; null when there is none.</summary>
    public static async Task<PreApplicationSubmitted?> FindAsync(IDbContextFactory<ClerkDbContext> dbFactory, string clientId, SubmitPreApplication command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var first = await db.PreApplications.AsNoTracking()
            .SingleOrDefaultAsync(p => p.ClientId == clientId && p.IdempotencyKey == command.IdempotencyKey, cancellationToken);
        if (first is null)
        {
            return null;
        }

        if (first.BodyHash != command.BodyHash)
        {
            throw new IdempotencyConflictException(command.IdempotencyKey);
        }

        CommandAudit.Unchanged();
        return new PreApplicationSubmitted(PreApplicationReceipt.From(first), Replayed: true);
    }
}
