namespace ClerkStation.Infrastructure;

/// <summary>The service center this installation serves (appsettings "Center").</summary>
public sealed class CenterOptions
{
    public const string Section = "Center";

    /// <summary>Case numbers start with it: ZS-20261122-0001.</summary>
    public string CasePrefix { get; set; } = "ZS";

    /// <summary>One-time notices: GZ-20261122-0001 (告知).</summary>
    public string NoticePrefix { get; set; } = "GZ";

    /// <summary>Refusal notices: BY-20261122-0001 (不予受理).</summary>
    public string RefusalPrefix { get; set; } = "BY";

    public string Name { get; set; } = string.Empty;

    /// <summary>The code of the center this installation started with (the default center, ADR 0018).</summary>
    public string Code { get; set; } = "main";

    /// <summary>The county or district of the default center.</summary>
    public string County { get; set; } = string.Empty;

    /// <summary>The six-digit administrative area code (行政区划代码) of the center: credit codes of businesses it registers begin with it.</summary>
    public string AreaCode { get; set; } = "330902";

    /// <summary>
    /// The center's public web address (https://…/) printed on acceptance notices for the status page; empty = the
    /// address the workstation itself is served from.
    /// </summary>
    public string PublicUrl { get; set; } = string.Empty;

    /// <summary>Set for the practice workspace: receipts are marked so they can never pass for real ones.</summary>
    public bool IsPractice { get; set; }

    public string TimeZone { get; set; } = "Asia/Shanghai";
}
