using ClerkStation.Domain.Catalog;

namespace ClerkStation.Domain.Queue;

/// <summary>A hall category (综合受理 A, 公安窗口 B, …): its ticket letter and its name on the kiosk and the hall board.</summary>
public sealed record QueueCategory(string Letter, LocalizedText Name);

/// <summary>A numbered counter position and the categories whose tickets it calls.</summary>
public sealed record QueueWindow(int Number, IReadOnlySet<string> Categories)
{
    public bool Serves(string letter) => Categories.Contains(letter);
}

/// <summary>Why a ticket is called ahead of the others (优先): the kiosk offers these.</summary>
public enum PriorityReason
{
    None,
    Aged70,
    Disability,
    Military,
    Pregnancy,
}

public enum TicketStatus
{
    /// <summary>In the hall, waiting to be called (also after a transfer).</summary>
    Waiting,

    /// <summary>Called to a window; the visit runs.</summary>
    Serving,

    /// <summary>Parked by its window (the applicant fetches a copy, fills a form); resumed by the same window.</summary>
    Held,

    /// <summary>Called and did not come: may be called back within the center's limit (<see cref="QueueSettings.MissedRecallLimit"/>).</summary>
    Missed,

    Finished,
}

/// <summary>A booked slot (预约): checked in before its end, the ticket is called ahead of walk-ins from the slot's start.</summary>
public sealed record AppointmentSlot(DateTimeOffset Start, DateTimeOffset End);
