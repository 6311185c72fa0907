using System.Security.Cryptography;

namespace ClerkStation.Features.CaseFile;

/// <summary>
/// The file-system steps of <see cref="CaseFileStore"/>: a copy that stops at the size limit and sniffs the type from the
/// first bytes, the SHA-256 content address, and the move into place that keeps an existing file (dedupe).
/// </summary>
internal static class FileStoreSteps
{
    private const int CopyBuffer = 81920;

    public static FileStream Create(string path) => new(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, CopyBuffer, FileOptions.Asynchronous);

    public static async Task<PageKind> CopyLimitedAsync(Stream content, string path, long maxBytes, CancellationToken ct)
    {
        var buffer = new byte[CopyBuffer];
        var kind = PageKind.Unknown;
        long total = 0;
        await using var file = Create(path);
        int read;
        while ((read = await content.ReadAsync(buffer, ct)) > 0)
        {
            if (total == 0)
            {
                // The first read may be short: sniff once enough bytes are on disk.
                read += await FillAsync(content, buffer, read, PageContent.SniffLength, ct);
                kind = PageContent.Sniff(buffer.AsSpan(0, read));
                if (kind == PageKind.Unknown)
                {
                    throw new InvalidPageException("unknown-type");
                }
            }

            total += read;
            if (total > maxBytes)
            {
                throw new InvalidPageException("too-large");
            }

            await file.WriteAsync(buffer.AsMemory(0, read), ct);
        }

        if (total == 0)
        {
            throw new InvalidPageException("empty");
        }

        await file.FlushAsync(ct);
        return kind;
    }

    private static async Task<int> FillAsync(Stream content, byte[] buffer, int have, int want, CancellationToken ct)
    {
        var added = 0;
        while (have + added < want)
        {
            var more = await content.ReadAsync(buffer.AsMemory(have + added), ct);
            if (more == 0)
            {
                break;
            }

            added += more;
        }

        return added;
    }

    public static async Task<(string Hash, long Size)> HashAsync(string path, CancellationToken ct)
    {
        await using var file = File.OpenRead(path);
        var hash = await SHA256.HashDataAsync(file, ct);
        return (Convert.ToHexStringLower(hash), file.Length);
    }

    /// <summary>Same hash, same bytes: an existing file is kept (dedupe), its time touched so the sweeper's grace restarts.</summary>
    public static void MoveIntoPlace(string temp, string destination)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        try
        {
            File.Move(temp, destination, overwrite: false);
        }
        catch (IOException) when (File.Exists(destination))
        {
            File.SetLastWriteTimeUtc(destination, DateTime.UtcNow);
        }
    }
}
