using System.Globalization;

namespace ClerkStation.Tests.Support;

/// <summary>
/// How busy this machine is: the 1-minute load average per core (Linux /proc/loadavg), so that a test bounding a wall-clock
/// time can say what it measured under and allow for a machine that is running other work.
/// </summary>
public static class LoadFactor
{
    private const double MaximumFactor = 4;

    /// <summary>1 on an idle machine, the load per core above that, at most 4.</summary>
    public static double Now() => Math.Clamp(LoadPerCore() ?? 1, 1, MaximumFactor);

    public static string Describe() => LoadAverage() is { } load
        ? string.Create(CultureInfo.InvariantCulture, $"load {load:0.0} on {Environment.ProcessorCount} cores")
        : "load unknown";

    private static double? LoadPerCore() => LoadAverage() / Environment.ProcessorCount;

    private static double? LoadAverage()
    {
        try
        {
            var text = File.ReadAllText("/proc/loadavg");
            return double.Parse(text.Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }
}
