using ClerkStation.Infrastructure.Practice;
using Microsoft.Extensions.Options;

namespace ClerkStation.Features.CaseFile;

/// <summary>
/// The content-addressed file store (SHA-256 of the stored bytes; one folder per workspace). A file is streamed to a
/// temporary file, normalized to a second one, flushed to disk and only then moved to its address: a crash leaves at
/// most a temporary or unreferenced file, which <see cref="OrphanFileSweeper"/> removes after the grace period. Rows
/// are committed after the move, so a committed row always has its file.
/// </summary>
public sealed class CaseFileStore(IOptions<CaseFileOptions> options, IHostEnvironment environment)
{
    public CaseFileOptions Options => options.Value;

    public string RootFor(WorkspaceKind kind) =>
        Path.GetFullPath(kind == WorkspaceKind.Practice ? options.Value.PracticeRoot : options.Value.Root, environment.ContentRootPath);

    public static string PathOf(string root, string hash) => Path.Combine(root, hash[..2], hash);

    public static string ThumbnailOf(string root, string hash) => Path.Combine(root, hash[..2], hash + ".thumb.jpg");

    public static string TempFolder(string root) => Path.Combine(root, "tmp");

    /// <summary>Streams <paramref name="content"/> into the store of <paramref name="root"/>; at most <paramref name="maxBytes"/> are read.</summary>
    /// <exception cref="InvalidPageException">too-large, empty, unknown-type or undecodable.</exception>
    public async Task<StoredFile> StoreAsync(string root, Stream content, long maxBytes, CancellationToken ct)
    {
        Directory.CreateDirectory(TempFolder(root));
        var raw = TempPath(root);
        var normalized = TempPath(root);
        var thumb = TempPath(root);
        try
        {
            var kind = await FileStoreSteps.CopyLimitedAsync(content, raw, maxBytes, ct);
            var sheets = 1;
            if (kind == PageKind.Pdf)
            {
                File.Move(raw, normalized);
                await using var t = FileStoreSteps.Create(thumb);
                sheets = PdfPreview.Thumbnail(normalized, t, options.Value.ThumbnailLongSide);
                t.Flush(flushToDisk: true);
            }
            else
            {
                await using (var input = File.OpenRead(raw))
                await using (var output = FileStoreSteps.Create(normalized))
                await using (var t = FileStoreSteps.Create(thumb))
                {
                    var o = options.Value;
                    ImageNormalizer.Normalize(input, kind, output, t, o.MaxLongSide, o.ThumbnailLongSide, o.JpegQuality);
                    output.Flush(flushToDisk: true);
                    t.Flush(flushToDisk: true);
                }
            }

            var (hash, size) = await FileStoreSteps.HashAsync(normalized, ct);
            FileStoreSteps.MoveIntoPlace(normalized, PathOf(root, hash));
            FileStoreSteps.MoveIntoPlace(thumb, ThumbnailOf(root, hash));
            return new StoredFile(hash, size, PageContent.ContentType(kind), sheets);
        }
        finally
        {
            foreach (var leftover in new[] { raw, normalized, thumb })
            {
                File.Delete(leftover);
            }
        }
    }

    /// <summary>
    /// Stores within what is left of the application's total (<see cref="CaseFileOptions.MaxCaseBytes"/> less
    /// <paramref name="heldBytes"/>) and the per-file limit; a file over the total is "case-too-large".
    /// </summary>
    public async Task<StoredFile> StoreWithinAsync(string root, Stream content, long heldBytes, CancellationToken ct)
    {
        var budget = Math.Min(Options.MaxFileBytes, Options.MaxCaseBytes - heldBytes);
        if (budget <= 0)
        {
            throw new InvalidPageException(CaseFileCodes.CaseTooLarge);
        }

        try
        {
            return await StoreAsync(root, content, budget, ct);
        }
        catch (InvalidPageException ex) when (ex.Code == CaseFileCodes.TooLarge && budget < Options.MaxFileBytes)
        {
            throw new InvalidPageException(CaseFileCodes.CaseTooLarge);
        }
    }

    /// <summary>Re-checked inside the row's transaction: another tab may have added pages meanwhile.</summary>
    public void CheckTotal(long heldBytes, StoredFile file)
    {
        if (heldBytes + file.Size > Options.MaxCaseBytes)
        {
            throw new InvalidPageException(CaseFileCodes.CaseTooLarge);
        }
    }

    private static string TempPath(string root) => Path.Combine(TempFolder(root), Guid.NewGuid().ToString("N"));
}
