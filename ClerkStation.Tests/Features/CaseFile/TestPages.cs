using System.Buffers.Binary;
using SkiaSharp;

namespace ClerkStation.Tests.Features.CaseFile;

/// <summary>Page files made on the spot: images drawn with SkiaSharp, a JPEG with EXIF orientation and GPS, a small PDF.</summary>
public static class TestPages
{
    public static byte[] Png(int width = 120, int height = 80, byte shade = 0x40) => Draw(width, height, shade, SKEncodedImageFormat.Png);

    public static byte[] Jpeg(int width = 400, int height = 200, byte shade = 0x40) => Draw(width, height, shade, SKEncodedImageFormat.Jpeg);

    /// <summary>A JPEG whose pixels are stored sideways, with an APP1 Exif block: Orientation 6 (rotate 90°) and a GPS IFD.</summary>
    public static byte[] JpegWithExif(int storedWidth, int storedHeight)
    {
        var jpeg = Jpeg(storedWidth, storedHeight);
        var tiff = new List<byte>("II*\0"u8.ToArray());
        void U16(int v) { var b = new byte[2]; BinaryPrimitives.WriteUInt16LittleEndian(b, (ushort)v); tiff.AddRange(b); }
        void U32(int v) { var b = new byte[4]; BinaryPrimitives.WriteUInt32LittleEndian(b, (uint)v); tiff.AddRange(b); }
        U32(8);                                  // IFD0 at 8
        U16(2);                                  // two entries
        U16(0x0112); U16(3); U32(1); U16(6); U16(0);   // Orientation = 6
        U16(0x8825); U16(4); U32(1); U32(38);          // GPS IFD at 38
        U32(0);                                  // no next IFD (offset 34 → 38)
        U16(1);                                  // GPS IFD: one entry
        U16(0x0001); U16(2); U32(2); tiff.AddRange("N\0\0\0"u8.ToArray()); // GPSLatitudeRef "N"
        U32(0);
        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var segment = new List<byte> { 0xFF, 0xE1 };
        var length = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)(payload.Length + 2));
        segment.AddRange(length);
        segment.AddRange(payload);
        return jpeg.Take(2).Concat(segment).Concat(jpeg.Skip(2)).ToArray();
    }

    /// <summary>A one-page PDF (valid structure is not checked: the bytes say PDF, the browser's viewer opens it).</summary>
    public static byte[] Pdf() => """
        %PDF-1.4
        1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
        2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
        3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
        trailer << /Root 1 0 R >>
        %%EOF
        """u8.ToArray();

    /// <summary>
    /// A PDF as a scanner writes it: each A4 page one JPEG (DCTDecode) drawn over the whole page; with a correct xref table.
    /// </summary>
    public static byte[] ScannedPdf(byte[] jpeg, int imageWidth, int imageHeight, int pages = 1)
    {
        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Text(string text) => pdf.Write(System.Text.Encoding.ASCII.GetBytes(text));
        void Object(string head, byte[]? stream = null)
        {
            offsets.Add(pdf.Position);
            Text($"{offsets.Count} 0 obj\n{head}\n");
            if (stream is not null)
            {
                Text("stream\n");
                pdf.Write(stream);
                Text("\nendstream\n");
            }
            Text("endobj\n");
        }

        Text("%PDF-1.4\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        var kids = string.Join(" ", Enumerable.Range(0, pages).Select(i => $"{3 + i * 3} 0 R"));
        Object($"<< /Type /Pages /Kids [{kids}] /Count {pages} >>");
        var content = System.Text.Encoding.ASCII.GetBytes("q 595 0 0 842 0 0 cm /Im1 Do Q");
        for (var i = 0; i < pages; i++)
        {
            var page = 3 + i * 3;
            Object($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 {page + 2} 0 R >> >> /Contents {page + 1} 0 R >>");
            Object($"<< /Length {content.Length} >>", content);
            Object($"<< /Type /XObject /Subtype /Image /Width {imageWidth} /Height {imageHeight} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length {jpeg.Length} >>", jpeg);
        }

        var xref = pdf.Position;
        Text($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Text($"{offset:D10} 00000 n \n");
        }
        Text($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    public static SKSizeI SizeOf(byte[] image)
    {
        using var codec = SKCodec.Create(new MemoryStream(image));
        return codec.Info.Size;
    }

    private static byte[] Draw(int width, int height, byte shade, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(shade, 0x80, 0xC0));
            using var paint = new SKPaint { Color = SKColors.Black };
            canvas.DrawRect(0, 0, width / 4f, height / 4f, paint);
        }

        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }
}
