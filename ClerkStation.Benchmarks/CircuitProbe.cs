namespace ClerkStation.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project ClerkStation.Benchmarks -- circuits [max]`: the app in its own process
/// (<see cref="CircuitServer"/>), headless Chromium tabs on /intake, each its own clerk and circuit: with a small
/// item (2 fields) and with the largest form (最低生活保障) with 12 household rows (the shipped catalog's maximum) and with
/// 20 (<see cref="TwentyRowCatalog"/>), 1, 10 and max tabs; the server's managed heap after a full GC against the same
/// server with no tab open → KB per circuit. Then server time per keystroke in the largest form with 20 rows, from
/// Blazor's own event and render metrics.
/// </summary>
public static class CircuitProbe
{
    public static async Task RunAsync(int maxCircuits)
    {
        var folder = Path.Combine(Path.GetTempPath(), "clerkstation-bench", "circuits");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        Directory.CreateDirectory(folder);
        await using var server = await CircuitServerProcess.StartAsync(folder, maxCircuits);
        await using var browser = await CircuitBrowser.LaunchAsync(server.Address);
        var counts = new[] { 1, 10, maxCircuits }.Where(n => n <= maxCircuits).Distinct().ToArray();

        // Warm-up: one tab through both forms and closed, so JIT, caches and pools are in the baseline.
        await browser.CloseAllAsync();
        await browser.OpenAsync(1, IntakeForm.Small);
        await browser.CloseAllAsync(); // each tab is bench-clerk-(open tabs + 1): `circuits 1` creates one clerk
        await browser.OpenAsync(1, IntakeForm.Largest20);
        await browser.CloseAllAsync();
        Console.WriteLine($"server pid {server.Pid}, {Samples.LoadAverage()}");

        // Where a circuit's memory goes: one tab, its components by region of the page (CircuitCensus).
        foreach (var form in new[] { IntakeForm.Small, IntakeForm.Largest, IntakeForm.Largest20 })
        {
            await Task.Delay(2500); // past the 1 s retention of disconnected circuits
            var empty = await server.HeapAsync();
            await browser.OpenAsync(1, form);
            var kb = (await server.HeapAsync() - empty) / 1024;
            CircuitCensus.Print(form.Name, await server.AskAsync("components"), kb);
            await browser.CloseAllAsync();
        }
        if (Environment.GetEnvironmentVariable("CIRCUITS_CENSUS_ONLY") is not null)
        {
            return;
        }
        // CIRCUITS_FORMS=small,largest,largest20 (any of them) measures those forms only; CIRCUITS_NO_KEYS skips the
        // keystrokes (quick before/after pairs).
        var known = new Dictionary<string, IntakeForm> { ["small"] = IntakeForm.Small, ["largest"] = IntakeForm.Largest, ["largest20"] = IntakeForm.Largest20 };
        var forms = Environment.GetEnvironmentVariable("CIRCUITS_FORMS") is { Length: > 0 } chosen
            ? [.. chosen.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(k => known.TryGetValue(k, out var f) ? f : throw new ArgumentException($"CIRCUITS_FORMS: unknown form {k} (small, largest, largest20)"))]
            : known.Values.ToArray();
        if (Environment.GetEnvironmentVariable("CIRCUITS_NO_KEYS") is null)
        {
            await KeystrokesAsync(server, browser);
        }
        await HeapsAsync(server, browser, forms, counts);
    }

    private static async Task KeystrokesAsync(CircuitServerProcess server, CircuitBrowser browser)
    {
        var page = (await browser.OpenAsync(1, IntakeForm.Largest20))[0];
        await Task.Delay(2000);
        _ = await server.EventsAsync(); // start the window here
        var cpu = await server.CpuMsAsync();
        var typed = await IntakeForm.TypeIntoLargestAsync(page);
        cpu = await server.CpuMsAsync() - cpu;
        var events = await server.EventsAsync();
        Console.WriteLine($"\nkeystrokes in the largest form with {IntakeForm.Largest20.Rows} household rows: {typed.Keys} keys typed in {typed.Elapsed.TotalMilliseconds:N0} ms; server CPU {cpu:N0} ms = {cpu / typed.Keys:N1} ms per keystroke (all threads, idle work included), {Samples.LoadAverage()}");
        Console.WriteLine("| Blazor metric | measurements | total ms | per keystroke ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (name, count, total, max) in events.Where(e => !e.Name.Contains(".circuit", StringComparison.Ordinal)))
        {
            Console.WriteLine($"| {name} | {count} | {total:N1} | {total / typed.Keys:N2} | {max:N2} |");
        }
        await browser.CloseAllAsync();
    }

    private static async Task HeapsAsync(CircuitServerProcess server, CircuitBrowser browser, IntakeForm[] forms, int[] counts)
    {
        Console.WriteLine();
        // Two figures a row: per tab (the heap with the tabs as they are, their browser's spare keep-alive connections
        // open) and per circuit (the same tabs after the server closed every connection that carries no WebSocket).
        // Each figure is a pair of heap readings against a ~27 MB heap that moves by a few hundred KB between readings:
        // one tab is measured five times, 10 tabs three times, the most tabs twice, and the median reported.
        Console.WriteLine("| form | live circuits | heap, no tab open | heap with the tabs | KB per tab | spare connections closed | heap, circuits only | KB per circuit |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var form in forms)
        {
            // The heaps with the tabs open, by count: their growth from 10 tabs to the most is what each added circuit
            // costs, free of the baseline (which moves by ~1 MB between readings with what the shared array pools keep).
            var heaps = new Dictionary<int, (double Tabs, double Circuits)>();
            foreach (var n in counts)
            {
                var repeats = n switch { 1 => 5, 10 => 3, _ => 2 };
                var perTab = new List<double>();
                var perCircuit = new List<double>();
                var withTabs = new List<double>();
                var circuitsOnly = new List<double>();
                for (var r = 0; r < repeats; r++)
                {
                    var (tab, circuit, loaded, only) = await MeasureAsync(server, browser, form, n);
                    perTab.Add(tab);
                    perCircuit.Add(circuit);
                    withTabs.Add(loaded);
                    circuitsOnly.Add(only);
                }
                heaps[n] = (Median(withTabs), Median(circuitsOnly));
                if (repeats > 1)
                {
                    Console.WriteLine($"| {form.Name} | {n}: range | | | {perTab.Min():N0}–{perTab.Max():N0} | | | {perCircuit.Min():N0}–{perCircuit.Max():N0} |");
                    Console.WriteLine($"| {form.Name} | {n}: median of {repeats} | | | **{Median(perTab):N0}** | | | **{Median(perCircuit):N0}** |");
                }
            }
            if (counts.Length > 1 && counts[^2] >= 10)
            {
                var (from, to) = (counts[^2], counts[^1]);
                Console.WriteLine($"| {form.Name} | {from} → {to}: each added tab (median heaps) | {from} tabs: {heaps[from].Tabs:N0} KB | {to} tabs: {heaps[to].Tabs:N0} KB | **{(heaps[to].Tabs - heaps[from].Tabs) / (to - from):N0}** | | {heaps[from].Circuits:N0} → {heaps[to].Circuits:N0} KB | **{(heaps[to].Circuits - heaps[from].Circuits) / (to - from):N0}** |");
            }
        }
    }

    private static async Task<(double PerTab, double PerCircuit, double LoadedKb, double CircuitsOnlyKb)> MeasureAsync(CircuitServerProcess server, CircuitBrowser browser, IntakeForm form, int n)
    {
        await browser.CloseAllAsync();
        await Task.Delay(2500); // past the 1 s retention of disconnected circuits
        for (var wait = 0; wait < 30 && await server.ActiveCircuitsAsync() > 0; wait++)
        {
            await Task.Delay(1000); // closing 30 circuits on a busy box takes longer: the baseline has none left
        }
        var baseline = await server.HeapAsync();
        await browser.OpenAsync(n, form);
        await Task.Delay(2000); // the tabs' last render batches acknowledged and their start-up calls done
        var loaded = await server.HeapAsync();
        var active = await server.ActiveCircuitsAsync();
        if (Environment.GetEnvironmentVariable("CIRCUITS_HOLD_SECONDS") is { } hold)
        {
            // Time to take a heap snapshot of the server (dotnet-dump collect -p PID) with the tabs open.
            Console.WriteLine($"holding {form.Name} × {n} for {hold} s (server pid {server.Pid})");
            await Task.Delay(TimeSpan.FromSeconds(int.Parse(hold, System.Globalization.CultureInfo.InvariantCulture)));
        }
        var closed = (await server.AskAsync("close-idle")).Split(' ')[0];
        await Task.Delay(1000); // the aborted connections' pipes and buffers go back to the pool
        var circuitsOnly = await server.HeapAsync();
        var stillActive = await server.ActiveCircuitsAsync();
        var (perTab, perCircuit) = ((loaded - baseline) / 1024.0 / n, (circuitsOnly - baseline) / 1024.0 / n);
        Console.WriteLine($"| {form.Name} | {n} (server counts {active}, then {stillActive}) | {baseline / 1024.0:N0} KB | {loaded / 1024.0:N0} KB | {perTab:N0} | {closed} | {circuitsOnly / 1024.0:N0} KB | **{perCircuit:N0}** |");
        return (perTab, perCircuit, loaded / 1024.0, circuitsOnly / 1024.0);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
