using ClerkStation.Domain.Common;

namespace ClerkStation.Domain.Queue;

/// <summary>
/// Who works at a window now: one row per held window (the window's number is the key, so two clerks can never hold the
/// same window, whatever the timing) and at most one window per clerk. Taken at sign-in or on the window bar, assigned by
/// the administrator or supervisor, released when the clerk leaves. The window's categories come from the center's settings.
/// </summary>
public sealed class WindowSeat : AggregateRoot, ICenterOwned
{
    /// <summary>The center the row belongs to (ADR 0018), stamped when it is first saved.</summary>
    public int CenterId { get; private set; }

    private WindowSeat()
    {
    }

    public int Window { get; private set; }
    public string ClerkId { get; private set; } = string.Empty;
    public string ClerkName { get; private set; } = string.Empty;
    public DateTimeOffset Since { get; private set; }

    /// <summary>
    /// The clerk takes <paramref name="window"/>: refused while another clerk holds it (<paramref name="holder"/>). Holding it
    /// already is no change (null); otherwise the new seat, to be added where the clerk's other seat, if any, is removed.
    /// </summary>
    public static WindowSeat? Take(QueueWindow window, string clerkId, string clerkName, WindowSeat? holder, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(window);
        if (holder is not null)
        {
            return holder.ClerkId == clerkId ? null : throw HeldBy(holder);
        }
        var seat = new WindowSeat { Window = window.Number, ClerkId = clerkId, ClerkName = clerkName, Since = now };
        seat.Raise(new WindowSeatChanged(seat.Window, clerkId, Seated: true));
        return seat;
    }

    /// <summary>The clerk leaves the window; the caller removes the row.</summary>
    public void Leave() => Raise(new WindowSeatChanged(Window, ClerkId, Seated: false));

    public static DomainRuleException HeldBy(WindowSeat holder) =>
        new(QueueRuleCodes.WindowTaken, $"Window {holder.Window} is held by {holder.ClerkName}.",
            new Dictionary<string, string> { ["window"] = holder.Window.ToString(System.Globalization.CultureInfo.InvariantCulture), ["heldBy"] = holder.ClerkName });
}
