using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Queue;

namespace ClerkStation.Tests.Domain.Queue;

public static class QueueTestKit
{
    public static readonly QueueCategory A = new("A", new LocalizedText("综合受理", "General"));
    public static readonly QueueCategory B = new("B", new LocalizedText("公安窗口", "Police"));
    public static readonly QueueCategory C = new("C", new LocalizedText("企业服务", "Business"));

    public static readonly QueueWindow Window1 = new(1, new HashSet<string> { "A" });
    public static readonly QueueWindow Window2 = new(2, new HashSet<string> { "A", "B" });
    public static readonly QueueWindow Window3 = new(3, new HashSet<string> { "C" });

    public static readonly DateTimeOffset Nine = new(2026, 3, 11, 9, 0, 0, TimeSpan.FromHours(8));

    /// <summary>The center's day of <see cref="Nine"/>.</summary>
    public static readonly DateOnly Today = new(2026, 3, 11);

    public static readonly TimeSpan RecallLimit = TimeSpan.FromMinutes(5);

    public static DateTimeOffset Min(int minutes) => Nine.AddMinutes(minutes);

    public static QueueTicket Ticket(QueueCategory category, int sequence, int atMinute, PriorityReason priority = PriorityReason.None, AppointmentSlot? slot = null) =>
        QueueTicket.Issue(category, sequence, priority, slot, "tok" + category.Letter + sequence, Min(atMinute), CenterDay.Of(Min(atMinute)));
}
