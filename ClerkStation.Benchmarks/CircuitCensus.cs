#pragma warning disable BL0006 // a probe reads the renderer's component states on purpose
using System.Collections;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection;

namespace ClerkStation.Benchmarks;

/// <summary>
/// The live components of every open circuit, by region of the page (the nearest ancestor whose type names a region)
/// and by type, with the frames of each component's last render tree (what Blazor keeps to diff the next render).
/// Read through reflection from the circuit's renderer (Circuit → CircuitHost → Renderer → ComponentState), on the
/// renderer's dispatcher; a probe's view, not an API. `circuit-server` answers `components` with it.
/// </summary>
public sealed class CircuitCensus
{
    private readonly Lock _lock = new();
    private readonly List<Circuit> _open = [];

    /// <summary>Region by the simple name of a component type: the first ancestor (or itself) listed here wins.</summary>
    private static readonly Dictionary<string, string> Regions = new(StringComparer.Ordinal)
    {
        ["MudPopoverProvider"] = "providers (popover, dialog, snackbar)",
        ["MudDialogProvider"] = "providers (popover, dialog, snackbar)",
        ["MudSnackbarProvider"] = "providers (popover, dialog, snackbar)",
        ["AppNavigation"] = "app bar: nav menu",
        ["LanguageSwitch"] = "app bar: language switch",
        ["UserMenu"] = "app bar: user menu",
        ["MudAppBar"] = "app bar: other",
        ["PracticeBanner"] = "practice banner",
        ["WindowBar"] = "window/ticket bar",
        ["ApplicantPanel"] = "applicant panel",
        ["ItemPicker"] = "item picker",
        ["DynamicForm"] = "form fields",
        ["MaterialsChecklist"] = "materials checklist",
        ["DecisionBar"] = "decision bar",
        ["DecisionProblems"] = "decision problems",
        ["ServiceGuidePanel"] = "service guide",
        ["IntakePage"] = "intake page: own markup (heading, item header, papers)",
        ["MainLayout"] = "layout: own markup",
    };

    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<CircuitCensus>();
        services.AddScoped<CircuitHandler>(sp => new Tracker(sp.GetRequiredService<CircuitCensus>()));
    }

    /// <summary>`region=components/frames/top types|…` summed over the open circuits, then `circuits=N`.</summary>
    public async Task<string> TakeAsync()
    {
        Circuit[] circuits;
        lock (_lock)
        {
            circuits = [.. _open];
        }
        var byRegion = new Dictionary<string, (int Components, int Frames, long ArrayBytes, Dictionary<string, (int Count, int Frames)> Types)>(StringComparer.Ordinal);
        foreach (var circuit in circuits)
        {
            var host = Field(circuit, "_circuitHost")!;
            var renderer = (Microsoft.AspNetCore.Components.RenderTree.Renderer)host.GetType().GetProperty("Renderer", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)!.GetValue(host)!;
            await renderer.Dispatcher.InvokeAsync(() =>
            {
                var states = ((IDictionary)Field(renderer, "_componentStateById", typeof(Microsoft.AspNetCore.Components.RenderTree.Renderer))!).Values.Cast<ComponentState>().ToList();
                foreach (var state in states)
                {
                    var region = RegionOf(state);
                    var frames = FrameCount(state);
                    var (components, total, bytes, types) = byRegion.GetValueOrDefault(region, (0, 0, 0, new Dictionary<string, (int, int)>(StringComparer.Ordinal)));
                    var type = Name(state.Component.GetType());
                    var (count, typeFrames) = types.GetValueOrDefault(type);
                    types[type] = (count + 1, typeFrames + frames);
                    byRegion[region] = (components + 1, total + frames, bytes + FrameArrayBytes(state), types);
                }
            });
        }
        var parts = byRegion.OrderByDescending(p => p.Value.Components).Select(p =>
            $"{p.Key}={p.Value.Components}/{p.Value.Frames}/{p.Value.ArrayBytes}/{string.Join(", ", p.Value.Types.OrderByDescending(t => t.Value.Count).Select(t => $"{t.Key} {t.Value.Count}×{t.Value.Frames / t.Value.Count}"))}");
        return string.Join('|', parts) + "|circuits=" + circuits.Length.ToString(CultureInfo.InvariantCulture);
    }

    private static string RegionOf(ComponentState state)
    {
        for (var s = state; s is not null; s = s.ParentComponentState)
        {
            if (Regions.TryGetValue(Name(s.Component.GetType()), out var region))
            {
                return region;
            }
        }
        return "root (router, auth state, layout view)";
    }

    private static int FrameCount(ComponentState state)
    {
        var tree = typeof(ComponentState).GetProperty("CurrentRenderTree", BindingFlags.Instance | BindingFlags.NonPublic)?.GetValue(state) as RenderTreeBuilder;
        return tree?.GetFrames().Count ?? 0;
    }

    /// <summary>
    /// The bytes of the frame arrays the component's two render trees hold (the current one and the one the next render
    /// is written into): each is rented at a power of two of at least 32 frames, so a tree of 33 frames holds 64.
    /// </summary>
    private static long FrameArrayBytes(ComponentState state)
    {
        long bytes = 0;
        foreach (var field in typeof(ComponentState).GetFields(BindingFlags.Instance | BindingFlags.NonPublic).Where(f => f.FieldType == typeof(RenderTreeBuilder)))
        {
            if (field.GetValue(state) is RenderTreeBuilder builder
                && typeof(RenderTreeBuilder).GetField("_entries", BindingFlags.Instance | BindingFlags.NonPublic)?.GetValue(builder) is { } entries
                && entries.GetType().GetProperty("Buffer", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)?.GetValue(entries) is Array buffer)
            {
                bytes += 24 + (buffer.Length * 40L); // array header + 40-byte frames on 64-bit
            }
        }
        return bytes;
    }

    private static string Name(Type type) => type.Name.IndexOf('`', StringComparison.Ordinal) is var cut and >= 0 ? type.Name[..cut] : type.Name;

    private static object? Field(object target, string name, Type? declaring = null) =>
        (declaring ?? target.GetType()).GetField(name, BindingFlags.Instance | BindingFlags.NonPublic)?.GetValue(target)
        ?? throw new InvalidOperationException($"no field {name} on {declaring ?? target.GetType()}");

    private sealed class Tracker(CircuitCensus census) : CircuitHandler
    {
        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            lock (census._lock)
            {
                census._open.Add(circuit);
            }
            return Task.CompletedTask;
        }

        public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            lock (census._lock)
            {
                census._open.Remove(circuit);
            }
            return Task.CompletedTask;
        }
    }

    /// <summary>Prints the census the server answered as a table (one tab open, so the figures are per circuit).</summary>
    public static void Print(string form, string answer, long kbPerCircuit)
    {
        var rows = answer.Split('|', StringSplitOptions.RemoveEmptyEntries).Where(r => !r.StartsWith("circuits=", StringComparison.Ordinal)).Select(r =>
        {
            var (name, rest) = (r[..r.IndexOf('=', StringComparison.Ordinal)], r[(r.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            var fields = rest.Split('/', 4);
            return (Name: name, Components: int.Parse(fields[0], CultureInfo.InvariantCulture), Frames: int.Parse(fields[1], CultureInfo.InvariantCulture),
                ArrayKb: long.Parse(fields[2], CultureInfo.InvariantCulture) / 1024, Types: fields[3]);
        }).ToList();
        var total = rows.Sum(r => r.Components);
        Console.WriteLine($"\ncomponents of one circuit, {form} ({answer[(answer.LastIndexOf("circuits=", StringComparison.Ordinal) + 9)..]} circuit open), {total} components, {rows.Sum(r => r.Frames)} frames, {rows.Sum(r => r.ArrayKb)} KB of frame arrays (both trees); {kbPerCircuit} KB by the heap");
        Console.WriteLine("| region | components | frames | frame arrays KB | types (count × frames each) |");
        Console.WriteLine("|---|---:|---:|---:|---|");
        foreach (var row in rows)
        {
            var types = row.Types.Length > 240 ? row.Types[..240] + " …" : row.Types;
            Console.WriteLine($"| {row.Name} | {row.Components} | {row.Frames} | {row.ArrayKb} | {types} |");
        }
    }
}
