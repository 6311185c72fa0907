using ClerkStation.Domain.Ratings;

namespace ClerkStation.Infrastructure;

/// <summary>appsettings "Ratings": deadlines of a bad rating's callback and fix, in working days (Zhejiang: 1 and 15).</summary>
public sealed class RatingOptions
{
    public const string Section = "Ratings";

    public int CallbackWorkingDays { get; set; } = 1;

    public int FixWorkingDays { get; set; } = 15;

    public RectificationPolicy Policy => new(CallbackWorkingDays, FixWorkingDays);
}
