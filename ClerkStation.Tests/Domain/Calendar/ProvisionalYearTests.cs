using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Cases;
using static ClerkStation.Tests.Domain.Cases.CaseTestKit;
using static ClerkStation.Tests.Support.Actors;

namespace ClerkStation.Tests.Domain.Calendar;

public class ProvisionalYearTests
{
    [Fact]
    public void A_provisional_year_is_the_statutory_days_off_and_no_make_up_workday()
    {
        var year = ProvisionalYear.Compute(2027);
        Assert.Equal(YearProvenance.Provisional, year.Provenance);
        Assert.Equal(ProvisionalYear.Source, year.Source);
        Assert.Null(year.NoticeDate);
        Assert.Empty(year.Workdays);
        Assert.Equal(StatutoryHolidays.For(2027), year.Holidays);
        Assert.Empty(CalendarYearValidator.Validate(year));
    }

    [Fact]
    public void An_item_accepted_on_2026_12_28_with_20_promised_days_is_due_in_January_2027_marked_provisional()
    {
        // 29–31 Dec (3), 元旦 Fri 1 Jan off, 4–8 Jan (8), 11–15 (13), 18–22 (18), Mon 25 (19), Tue 26 Jan (20).
        var @case = Case.Accept(Promised(20, 20), Clerk, At("2026-12-28"), D("2026-12-28"), Cal);

        Assert.Equal(D("2027-01-26"), @case.DueDate);
        Assert.True(Cal.IsProvisional(@case.DueDate!.Value));
        Assert.True(Cal.AnyProvisional(D("2026-12-28"), @case.DueDate.Value));
        Assert.False(Cal.IsProvisional(D("2026-12-28")));
        Assert.False(Cal.AnyProvisional(D("2025-01-01"), D("2026-12-31")));
        Assert.True(Cal.AnyProvisional(D("2027-03-01"), D("2024-03-01")));
    }

    [Fact]
    public void Provisional_2027_counts_254_working_days()
    {
        // 261 weekdays, 7 statutory days on a weekday (01-01, 02-05, 02-08, 04-05, 06-09, 09-15, 10-01).
        Assert.Equal(254, Cal.WorkingDaysBetween(D("2026-12-31"), D("2027-12-31")));
        Assert.Equal(YearProvenance.Provisional, Cal.YearOf(2027).Provenance);
        Assert.Same(Cal.YearOf(2027), Cal.YearOf(2027));
    }

    [Fact]
    public void WithYear_replaces_a_year_and_leaves_the_original_alone()
    {
        var notice = new CalendarYear(2027, "国务院办公厅关于2027年部分节假日安排的通知", [
            .. StatutoryHolidays.For(2027),
            new CalendarDay(D("2027-02-09"), StatutoryHolidays.SpringFestival),
        ], [new CalendarDay(D("2027-02-20"), new("春节调休上班", "Spring Festival make-up workday"))], YearProvenance.Official, D("2026-11-10"));

        var updated = Cal.WithYear(notice);

        Assert.Equal(YearProvenance.Official, updated.ProvenanceOf(2027));
        Assert.Same(notice, updated.YearOf(2027));
        Assert.Equal([2025, 2026, 2027], updated.ExplicitYears);
        Assert.False(updated.IsWorkingDay(D("2027-02-09")));
        Assert.True(updated.IsWorkingDay(D("2027-02-20")));
        Assert.False(updated.IsProvisional(D("2027-02-09")));
        // 20 working days from 2026-12-28 end before February; 30 end after the extra day off (Tue 9 Feb): one day later.
        Assert.Equal(updated.AddWorkingDays(D("2026-12-28"), 20), Cal.AddWorkingDays(D("2026-12-28"), 20));
        Assert.Equal(D("2027-02-11"), Cal.AddWorkingDays(D("2026-12-28"), 30));
        Assert.Equal(D("2027-02-12"), updated.AddWorkingDays(D("2026-12-28"), 30));
        Assert.Equal(Cal.WorkingDaysBetween(D("2026-12-28"), D("2027-02-15")) - 1, updated.WorkingDaysBetween(D("2026-12-28"), D("2027-02-15")));
        // The make-up Saturday (20 Feb) gives the day back by the end of February.
        Assert.Equal(Cal.WorkingDaysBetween(D("2026-12-28"), D("2027-12-31")), updated.WorkingDaysBetween(D("2026-12-28"), D("2027-12-31")));

        Assert.Equal(YearProvenance.Provisional, Cal.ProvenanceOf(2027));
        Assert.True(Cal.IsWorkingDay(D("2027-02-09")));
        Assert.False(Cal.IsWorkingDay(D("2027-02-20")));
    }
}
