namespace ClerkStation.Features.CaseFile;

/// <summary>What the store kept: the content address of the normalized bytes.</summary>
/// <param name="Sheets">Pages of a PDF (1 for an image, and for a PDF whose page tree cannot be read).</param>
public sealed record StoredFile(string Hash, long Size, string ContentType, int Sheets = 1);
