using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;

namespace ClerkStation.Features.Track;

/// <summary>One timeline step as the public sees it: no names, no ID numbers, no reasons.</summary>
public sealed record TrackStep(DateTimeOffset At, CaseEventType Type, CaseStatus To);

public sealed record TrackedCase(string Number, LocalizedText ItemName, string DepartmentCode, CaseStatus Status, CaseOutcome? Outcome,
    DateOnly? DueDate, IReadOnlyList<TrackStep> Steps);

public enum TrackResultKind
{
    Found,
    /// <summary>No such case, or the four characters do not match (the two are not told apart).</summary>
    NoMatch,
    /// <summary>Too many wrong guesses: try again after <see cref="TrackResult.RetryAfter"/>.</summary>
    Throttled,
}

public sealed record TrackResult(TrackResultKind Kind, TrackedCase? Case = null, TimeSpan RetryAfter = default);

/// <summary>
/// Public status lookup (no login): the case number plus the last four characters of the applicant's ID number.
/// Wrong guesses are slowed down per client and per case number (<see cref="TrackThrottle"/>).
/// </summary>
[AllowAnonymousRequest]
public sealed record TrackCase(string Number, string IdLastFour, string ClientKey) : IQuery<TrackResult>;

public sealed class TrackCaseHandler(IDbContextFactory<ClerkDbContext> dbFactory, TrackThrottle throttle) : IQueryHandler<TrackCase, TrackResult>
{
    public async ValueTask<TrackResult> Handle(TrackCase query, CancellationToken cancellationToken)
    {
        var number = (query.Number ?? string.Empty).Trim().ToUpperInvariant();
        var lastFour = (query.IdLastFour ?? string.Empty).Trim().ToUpperInvariant();
        var wait = throttle.RetryAfter(query.ClientKey, number);
        if (wait > TimeSpan.Zero)
        {
            return new TrackResult(TrackResultKind.Throttled, RetryAfter: wait);
        }

        Case? @case = null;
        if (number.Length is > 0 and <= 32 && lastFour.Length == 4)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            @case = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Number == number, cancellationToken);
        }

        if (@case is null || !@case.Applicant.IdNumber.Trim().ToUpperInvariant().EndsWith(lastFour, StringComparison.Ordinal))
        {
            throttle.Failed(query.ClientKey, number);
            return new TrackResult(TrackResultKind.NoMatch);
        }

        throttle.Succeeded(query.ClientKey);
        var steps = @case.Events.OrderBy(e => e.At).Select(e => new TrackStep(e.At, e.Type, e.To)).ToList();
        return new TrackResult(TrackResultKind.Found,
            new TrackedCase(@case.Number, @case.ItemName, @case.DepartmentCode, @case.Status, @case.Outcome, @case.DueDate, steps));
    }
}
