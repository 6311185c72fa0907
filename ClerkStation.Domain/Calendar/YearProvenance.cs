namespace ClerkStation.Domain.Calendar;

/// <summary>Where a <see cref="CalendarYear"/> comes from, most authoritative first.</summary>
public enum YearProvenance
{
    /// <summary>The State Council's notice as an administrator entered or imported it (saved in the database).</summary>
    Official,

    /// <summary>A file shipped in seed-data/calendar, copied from the notice.</summary>
    File,

    /// <summary>暂行日历: computed from the statutory rest days before the notice exists; no make-up workdays.</summary>
    Provisional,
}
