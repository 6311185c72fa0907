using System.Text;
using CsvHelper;

namespace ClerkStation.Features.Shared;

/// <summary>
/// Every CSV export: UTF-8 with BOM (so Excel opens Chinese correctly), and every text cell a spreadsheet would run as a
/// formula (starting with = + - @, tab or CR: names, codes, numbers typed by others) escaped by CsvHelper with a leading
/// single quote, as OWASP recommends.
/// </summary>
public static class SafeCsv
{
    /// <summary>Runs <paramref name="write"/> with a function that writes one record, and returns the file's bytes.</summary>
    public static byte[] Write(Action<Action<IReadOnlyList<string>>> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = CsvWriter.Create(writer, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            write(fields =>
            {
                foreach (var field in fields)
                {
                    csv.WriteField(field);
                }
                csv.EndRecord();
            });
        }
        return stream.ToArray();
    }
}
