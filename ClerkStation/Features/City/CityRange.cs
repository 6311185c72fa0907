namespace ClerkStation.Features.City;

/// <summary>The days the city pages show: the picked range, or the last 30 days up to today.</summary>
internal static class CityRange
{
    public const int DefaultDays = 30;

    public static (DateOnly From, DateOnly To) Of(DateTime? from, DateTime? to, DateOnly today) =>
        (from is { } f ? DateOnly.FromDateTime(f) : today.AddDays(1 - DefaultDays), to is { } t ? DateOnly.FromDateTime(t) : today);
}
