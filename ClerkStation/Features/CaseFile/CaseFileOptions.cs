namespace ClerkStation.Features.CaseFile;

/// <summary>Where the case file's pages are kept and how large they may be (configuration section "CaseFile").</summary>
public sealed class CaseFileOptions
{
    public const string Section = "CaseFile";

    /// <summary>Folder of production files, relative to the content root unless absolute.</summary>
    public string Root { get; set; } = "App_Data/files";

    /// <summary>Folder of the practice workspace's files: never the same as <see cref="Root"/>.</summary>
    public string PracticeRoot { get; set; } = "App_Data/practice-files";

    public long MaxFileBytes { get; set; } = 15L * 1024 * 1024;

    public long MaxCaseBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>An image's long side after normalization, in pixels (an A4 page at 300 dpi is 3508).</summary>
    public int MaxLongSide { get; set; } = 3000;

    public int ThumbnailLongSide { get; set; } = 320;

    public int JpegQuality { get; set; } = 85;

    /// <summary>How long a file without a row is kept before the sweeper removes it (an upload may still be committing).</summary>
    public TimeSpan OrphanGrace { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(30);
}
