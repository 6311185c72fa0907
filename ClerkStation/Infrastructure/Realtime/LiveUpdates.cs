namespace ClerkStation.Infrastructure.Realtime;

/// <summary>Something changed that open screens may show: a department's queue, a clerk's pickups, the boards.</summary>
public sealed record LiveChange(string Topic, string? CaseNumber = null);

/// <summary>Carries a change to the other nodes (PostgreSQL's NOTIFY); absent on SQLite, where there is one node.</summary>
public interface ILiveRelay
{
    Task SendAsync(LiveChange change);
}

/// <summary>
/// Publish/subscribe between circuits. Components subscribe in OnInitialized and dispose the subscription; handlers
/// publish after saving. A change is delivered on this node at once and, when a relay is attached (several nodes on
/// PostgreSQL: <see cref="PostgresLiveRelay"/>), sent to the other nodes, which deliver it through
/// <see cref="DeliverAsync(LiveChange)"/>; the topics are the same everywhere.
/// </summary>
public sealed class LiveUpdates
{
    private readonly Lock _gate = new();
    private readonly List<Subscription> _subscriptions = [];
    private ILiveRelay? _relay;

    /// <summary>From now on every published change also goes to the other nodes.</summary>
    public void AttachRelay(ILiveRelay relay) => _relay = relay;

    public static string DepartmentTopic(string departmentCode) => "department:" + departmentCode;

    public static string ClerkTopic(string clerkId) => "clerk:" + clerkId;

    public const string FloorTopic = "floor";

    /// <summary>A queue ticket was issued, called or moved on: the hall board, the windows and the phone pages reload.</summary>
    public const string QueueTopic = "queue";

    /// <summary>The working-day calendar changed: every screen showing due dates or working days reloads.</summary>
    public const string CalendarTopic = "calendar";

    /// <summary>A center was created or changed (ADR 0025): every node re-reads the centers before screens hear of it.</summary>
    public const string CentersTopic = "centers";

    public IDisposable Subscribe(Func<string, bool> topicFilter, Func<LiveChange, Task> onChange)
    {
        var subscription = new Subscription(this, topicFilter, onChange);
        lock (_gate)
        {
            _subscriptions.Add(subscription);
        }

        return subscription;
    }

    public async Task PublishAsync(LiveChange change)
    {
        await DeliverAsync(change);
        if (_relay is { } relay)
        {
            await relay.SendAsync(change);
        }
    }

    /// <summary>Delivers a change to this node's subscribers only (a change another node published).</summary>
    public Task DeliverAsync(LiveChange change) => DeliverAsync(change, everyone: false);

    /// <summary>
    /// Tells every subscriber, whatever its topics, that it may have missed changes (after the relay's connection was
    /// down): each reloads as it does for a change of its own topic.
    /// </summary>
    public Task ResynchronizeAsync() => DeliverAsync(new LiveChange(CalendarTopic), everyone: true);

    private async Task DeliverAsync(LiveChange change, bool everyone)
    {
        Subscription[] targets;
        lock (_gate)
        {
            targets = _subscriptions.Where(s => everyone || s.Filter(change.Topic)).ToArray();
        }

        foreach (var target in targets)
        {
            try
            {
                await target.OnChange(change);
            }
            catch (ObjectDisposedException)
            {
                // The circuit went away between publish and delivery.
            }
        }
    }

    private void Remove(Subscription subscription)
    {
        lock (_gate)
        {
            _subscriptions.Remove(subscription);
        }
    }

    private sealed class Subscription(LiveUpdates owner, Func<string, bool> filter, Func<LiveChange, Task> onChange) : IDisposable
    {
        public Func<string, bool> Filter { get; } = filter;

        public Func<LiveChange, Task> OnChange { get; } = onChange;

        public void Dispose() => owner.Remove(this);
    }
}
