using System.Diagnostics;

namespace ClerkStation.Benchmarks;

/// <summary>The child process that hosts the app for <see cref="CircuitProbe"/> (<see cref="CircuitServer"/>), asked and answered over stdin/stdout.</summary>
internal sealed class CircuitServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private CircuitServerProcess(Process process, string address) => (_process, Address) = (process, address);

    public string Address { get; }

    public int Pid => _process.Id;

    public static async Task<CircuitServerProcess> StartAsync(string folder, int clerks)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(CircuitProbe).Assembly.Location, "circuit-server", folder, clerks.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
        };
        var process = Process.Start(start)!;
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("listening ", StringComparison.Ordinal))
            {
                return new CircuitServerProcess(process, line["listening ".Length..].Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
            }
        }
        throw new InvalidOperationException("the circuit server ended before listening");
    }

    public async Task<string> AskAsync(string command)
    {
        await _process.StandardInput.WriteLineAsync(command);
        // A dump tool attached to the server (createdump) writes to its stdout too: skip lines that are not the answer.
        while (true)
        {
            var answer = await _process.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("the circuit server ended");
            if (answer.StartsWith(command + " ", StringComparison.Ordinal))
            {
                return answer[(command.Length + 1)..];
            }
            if (answer.StartsWith("unknown ", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("the circuit server does not know " + command);
            }
        }
    }

    public async Task<long> HeapAsync() => long.Parse(await AskAsync("heap"), System.Globalization.CultureInfo.InvariantCulture);

    public async Task<List<(string Name, long Count, double Total, double Max)>> EventsAsync() =>
        [.. (await AskAsync("events")).Split(';', StringSplitOptions.RemoveEmptyEntries).Select(Parse)];

    public async Task<int> ActiveCircuitsAsync() => int.Parse(await AskAsync("circuits"), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The server process's CPU time so far, all threads.</summary>
    public async Task<double> CpuMsAsync() => double.Parse(await AskAsync("cpu"), System.Globalization.CultureInfo.InvariantCulture);

    private static (string, long, double, double) Parse(string entry)
    {
        var parts = entry.Split('=', '/');
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        return (parts[0], long.Parse(parts[1], culture), double.Parse(parts[2], culture), double.Parse(parts[3], culture));
    }

    public async ValueTask DisposeAsync()
    {
        await _process.StandardInput.WriteLineAsync("quit");
        if (!_process.WaitForExit(10_000))
        {
            _process.Kill();
        }
        _process.Dispose();
    }
}
