using ClerkStation.Domain.Common;

namespace ClerkStation.Domain.Calendar;

/// <summary>
/// An official calendar year was saved and the open deadlines reaching it were recomputed: one event for the whole
/// recompute, raised by its stored summary, naming the departments and counter clerks whose open cases moved. It stands
/// for the recompute's many <c>CaseChanged</c> (<c>DeadlinesRecomputed</c>) events, which are not published one by one.
/// </summary>
public sealed record CalendarYearChanged(int Year, IReadOnlyCollection<string> Departments, IReadOnlyCollection<string> Clerks) : IDomainEvent;
