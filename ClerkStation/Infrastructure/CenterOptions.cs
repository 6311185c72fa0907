namespace ClerkStation.Infrastructure;

/// <summary>The service center this installation serves (appsettings "Center").</summary>
public sealed class CenterOptions
{
    public const string Section = "Center";

    /// <summary>Case numbers start with it: ZS-20261122-0001.</summary>
    public string CasePrefix { get; set; } = "ZS";

    public string Name { get; set; } = string.Empty;

    public string TimeZone { get; set; } = "Asia/Shanghai";
}
