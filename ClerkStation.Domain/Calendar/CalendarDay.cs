using ClerkStation.Domain.Catalog;

namespace ClerkStation.Domain.Calendar;

/// <summary>One dated entry of a calendar file: a day off or a make-up workday (调休上班), with its bilingual name.</summary>
public sealed record CalendarDay(DateOnly Date, LocalizedText Name);
