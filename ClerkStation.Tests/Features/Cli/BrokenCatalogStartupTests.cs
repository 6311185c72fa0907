using System.Diagnostics;

namespace ClerkStation.Tests.Features.Cli;

/// <summary>The real app started on a broken catalog: problem list on stderr, exit code 1, no stack trace.</summary>
public sealed class BrokenCatalogStartupTests
{
    private static string Repository()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "ClerkStation.sln")))
        {
            dir = dir.Parent;
        }

        return dir.FullName;
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.GetDirectories(from))
        {
            Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }

    [Fact]
    public async Task Starting_with_a_broken_catalog_prints_the_problems_and_exits_1_without_a_stack_trace()
    {
        var work = Directory.CreateTempSubdirectory("broken-catalog").FullName;
        try
        {
            var seed = Path.Combine(work, "seed-data");
            Copy(Path.Combine(Repository(), "seed-data"), seed);
            var mz = Path.Combine(seed, "catalog", "items", "mz.json");
            var bytes = File.ReadAllBytes(mz);
            bytes[Array.IndexOf(bytes, (byte)'{') + 1] = 0xFF; // an invalid UTF-8 byte near the start
            File.WriteAllBytes(mz, bytes);
            var departments = Path.Combine(seed, "catalog", "departments.json");
            File.WriteAllText(departments, File.ReadAllText(departments).Replace("\"order\"", "\"ordre\"", StringComparison.Ordinal));

            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = work,
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["DOTNET_NOLOGO"] = "1" },
            };
            foreach (var arg in new[]
                     {
                         Path.Combine(AppContext.BaseDirectory, "ClerkStation.dll"), $"--SeedData:Path={seed}", "--urls=http://127.0.0.1:0",
                         $"--ConnectionStrings:Clerk=Data Source={Path.Combine(work, "clerk.db")}",
                         $"--ConnectionStrings:Practice=Data Source={Path.Combine(work, "practice.db")}",
                     })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromMinutes(2));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            var output = await stderr + await stdout;
            Assert.Equal(1, process.ExitCode);
            Assert.Contains("ClerkStation cannot start", output, StringComparison.Ordinal);
            Assert.Contains("items/mz.json · $ · invalid UTF-8 at byte offset", output, StringComparison.Ordinal);
            Assert.Contains("departments.json · $.departments[0]", output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
