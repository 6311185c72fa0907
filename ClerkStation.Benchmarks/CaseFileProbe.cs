using ClerkStation.Domain.Staff;
using ClerkStation.Features.CaseFile;
using ClerkStation.Infrastructure.Seeding;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace ClerkStation.Benchmarks;

/// <summary>
/// `-- casefile [calls]`: the case file's costs on this machine. (1) <see cref="ImageNormalizer"/> on a 4000×3000 photo-like
/// JPEG (orientation, cap to 3000 px, re-encode, thumbnail), in memory; (2) the whole upload through the mediator
/// (<see cref="AttachMaterialPage"/>: temp file, normalize, hash, move, row) on a fresh database; (3) a thumbnail read as
/// the file endpoint does it (<see cref="OpenMaterialPage"/> + reading the file), and over HTTP (<see cref="CaseFileHttpProbe"/>); (4) managed memory allocated while a
/// 12 MB PDF streams in. Wall and CPU percentiles, with the load average.
/// </summary>
public static class CaseFileProbe
{
    public static async Task RunAsync(int calls)
    {
        var photo = Photo(4000, 3000);
        Console.WriteLine($"input: 4000×3000 JPEG, {photo.Length / 1024.0 / 1024.0:N1} MB; {Samples.LoadAverage()}");
        Console.WriteLine(Samples.Header);

        var normalize = new Samples();
        for (var i = 0; i < calls + 2; i++)
        {
            var sample = i < 2 ? new Samples() : normalize; // two warm-up calls
            await sample.TimeAsync(() =>
            {
                using var output = new MemoryStream();
                using var thumb = new MemoryStream();
                ImageNormalizer.Normalize(new MemoryStream(photo), PageKind.Jpeg, output, thumb, 3000, 320, 85);
                return Task.FromResult(output.Length);
            });
        }
        Console.WriteLine(normalize.Row("normalize 4000×3000 JPEG (ImageNormalizer)"));

        var folder = Path.Combine(Path.GetTempPath(), "clerkstation-casefile-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var clerk = Actor.Create("bench-clerk", "基准受理员", [StaffRole.Clerk]);
        await using (var app = BenchApp.Build(Path.Combine(folder, "clerk.db"), () => clerk, b =>
        {
            b.Configuration["CaseFile:Root"] = Path.Combine(folder, "files");
            b.Configuration["CaseFile:PracticeRoot"] = Path.Combine(folder, "practice-files");
        }))
        {
            using (var init = app.Services.CreateScope())
            {
                await init.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
            }

            IMediator Mediator() => app.Services.CreateScope().ServiceProvider.GetRequiredService<IMediator>();
            var upload = new Samples();
            var pages = new List<Guid>();
            for (var i = 0; i < calls + 2; i++)
            {
                var sample = i < 2 ? new Samples() : upload;
                var bytes = Photo(4000, 3000, seed: i); // different bytes each time: no dedupe shortcut
                pages.Add((await sample.TimeAsync(async () => await Mediator().Send(new AttachMaterialPage(Guid.NewGuid(), "id-card", new MemoryStream(bytes))))).Id);
            }
            Console.WriteLine(upload.Row("upload 4000×3000 JPEG end to end (AttachMaterialPage)"));

            var thumbs = new Samples();
            var mediator = Mediator();
            for (var i = 0; i < calls * 20; i++)
            {
                await thumbs.TimeAsync(async () =>
                {
                    var file = await mediator.Send(new OpenMaterialPage(pages[i % pages.Count], Thumbnail: true));
                    return (await File.ReadAllBytesAsync(file!.Path)).Length;
                });
            }
            Console.WriteLine(thumbs.Row("thumbnail open + read (OpenMaterialPage)"));
            Console.WriteLine((await CaseFileHttpProbe.RunAsync(folder, calls * 20)).Row("thumbnail over HTTP (GET /casefile/pages/{id}?thumb=1, signed-in clerk)"));

            var pdf = new byte[12 * 1024 * 1024];
            "%PDF-1.7\n"u8.CopyTo(pdf);
            Random.Shared.NextBytes(pdf.AsSpan(16));
            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
            await Mediator().Send(new AttachMaterialPage(Guid.NewGuid(), "id-card", new MemoryStream(pdf)));
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
            Console.WriteLine($"\n12 MB PDF upload: {allocated / 1024.0:N0} KB allocated while streaming ({allocated * 100.0 / pdf.Length:N1} % of the file), managed heap {heapBefore / 1048576.0:N1} → {heapAfter / 1048576.0:N1} MB; {Samples.LoadAverage()}");
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>A photo-like JPEG: gradients and many soft shapes (flat colour would decode unrealistically fast).</summary>
    public static byte[] Photo(int width, int height, int seed = 0)
    {
        var random = new Random(seed);
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var gradient = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height),
                [new SKColor(0xE8, 0xE0, 0xD0), new SKColor(0x40, 0x60, 0x80)], SKShaderTileMode.Clamp);
            using var fill = new SKPaint { Shader = gradient };
            canvas.DrawRect(0, 0, width, height, fill);
            using var paint = new SKPaint { IsAntialias = true };
            for (var i = 0; i < 1500; i++)
            {
                paint.Color = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(40, 200));
                canvas.DrawCircle(random.Next(width), random.Next(height), random.Next(5, 120), paint);
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }
}
