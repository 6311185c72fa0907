namespace ClerkStation.Infrastructure.Realtime;

/// <summary>Something changed that open screens may show: a department's queue, a clerk's pickups, the boards.</summary>
public sealed record LiveChange(string Topic, string? CaseNumber = null);

/// <summary>
/// In-process publish/subscribe between circuits on this node. Components subscribe in OnInitialized and dispose the
/// subscription; handlers publish after saving. (A multi-node deployment replaces this with the database's
/// notification channel; the topics stay the same.)
/// </summary>
public sealed class LiveUpdates
{
    private readonly Lock _gate = new();
    private readonly List<Subscription> _subscriptions = [];

    public static string DepartmentTopic(string departmentCode) => "department:" + departmentCode;

    public static string ClerkTopic(string clerkId) => "clerk:" + clerkId;

    public const string FloorTopic = "floor";

    /// <summary>The working-day calendar changed: every screen showing due dates or working days reloads.</summary>
    public const string CalendarTopic = "calendar";

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
        Subscription[] targets;
        lock (_gate)
        {
            targets = _subscriptions.Where(s => s.Filter(change.Topic)).ToArray();
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
