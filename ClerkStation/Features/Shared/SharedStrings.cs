using System.Collections.Concurrent;

namespace ClerkStation.Features.Shared;

/// <summary>
/// One string per class list or small piece of fixed markup for the whole process. A class attribute built at render
/// time (<c>"mud-input mud-input-outlined" + extra</c>) is a new string on every render, and each is held by the render
/// tree and by the one Blazor diffs it against, in every live circuit: ~45 KB a circuit on the largest form (ADR 0026).
/// Only for strings made of constants, resources and catalog labels, never of what someone typed: the table stops
/// growing at 16,384 entries (a few MB at most) anyway.
/// </summary>
public static class SharedStrings
{
    private const int Most = 16_384;
    private static readonly ConcurrentDictionary<string, string> Known = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> Built = new(StringComparer.Ordinal);

    public static string Of(string text) =>
        Known.TryGetValue(text, out var known) ? known
        : Known.Count < Most ? Known.GetOrAdd(text, text)
        : text;

    /// <summary>
    /// The string <paramref name="build"/> makes of <paramref name="arg"/>, built once for the process under
    /// <paramref name="key"/>: for markup costlier to build than to look up (a label holding an icon's SVG).
    /// </summary>
    public static string Of<TArg>(string key, Func<TArg, string> build, TArg arg) =>
        Built.TryGetValue(key, out var built) ? built
        : Built.Count < Most ? Built.GetOrAdd(key, static (_, state) => state.build(state.arg), (build, arg))
        : build(arg);
}
