using ClerkStation.Domain.Calendar;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClerkStation.Infrastructure.Persistence.Configurations;

internal sealed class OfficialCalendarYearConfiguration : IEntityTypeConfiguration<OfficialCalendarYear>
{
    public void Configure(EntityTypeBuilder<OfficialCalendarYear> builder)
    {
        builder.ToTable("CalendarYears");
        builder.HasKey(y => y.Year);
        builder.Property(y => y.Year).ValueGeneratedNever();
        builder.Property(y => y.NoticeTitle).HasMaxLength(200);
        builder.Property(y => y.SavedById).HasMaxLength(450);
        builder.Property(y => y.SavedByName).HasMaxLength(100);
        // A year's days are read and written whole, never queried one by one.
        builder.Property(y => y.Holidays).HasConversion(JsonColumn.Converter<List<CalendarDay>>(), JsonColumn.Comparer<List<CalendarDay>>());
        builder.Property(y => y.Workdays).HasConversion(JsonColumn.Converter<List<CalendarDay>>(), JsonColumn.Comparer<List<CalendarDay>>());
        builder.Property(y => y.Version).IsConcurrencyToken();
    }
}

internal sealed class CalendarRecomputeSummaryConfiguration : IEntityTypeConfiguration<CalendarRecomputeSummary>
{
    public void Configure(EntityTypeBuilder<CalendarRecomputeSummary> builder)
    {
        builder.ToTable("CalendarRecomputes");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.NoticeTitle).HasMaxLength(200);
        builder.Property(s => s.ByName).HasMaxLength(100);
    }
}
