using System.Reflection;
using System.Text;

namespace ClerkStation.Domain.Search;

/// <summary>Candidate pinyin spellings of a text: preferred reading first, then polyphone variants (capped).</summary>
/// <param name="Full">Toneless full pinyin without separators, e.g. "canjiren".</param>
/// <param name="Initials">First letter of each syllable, e.g. "cjr".</param>
public sealed record PinyinForms(IReadOnlyList<string> Full, IReadOnlyList<string> Initials);

/// <summary>One pinyin token of a text: a CJK char or a run of ASCII letters/digits.</summary>
/// <param name="Start">Index of the token in the source text (for highlighting).</param>
/// <param name="Readings">Toneless readings, preferred first (phrase override, then the char's own order).</param>
internal readonly record struct PinyinToken(int Start, int Length, string[] Readings);

// Over 150 lines on purpose (issue 12): the embedded Unihan table, its phrase overrides and the lookups over them are one unit.
/// <summary>
/// Toneless pinyin for CJK chars from the embedded Unihan-derived table (tools/pinyin/generate.py),
/// plus hand-written phrase readings for item-name words whose customary char reading is wrong (变更, 给付, 银行).
/// </summary>
public static class PinyinTable
{
    /// <summary>Upper bound on the strings <see cref="ForText"/> returns; polyphones multiply fast.</summary>
    public const int MaxForms = 16;

    private const char CjkFirst = '\u4E00';
    private const char CjkLast = '\u9FFF';

    private static readonly Lazy<Data> s_data = new(Data.Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>All toneless readings of <paramref name="c"/>, preferred first; empty when unknown.</summary>
    public static IReadOnlyList<string> ReadingsOf(char c) => s_data.Value.Readings(c);

    /// <summary>
    /// Full-pinyin and initials strings for <paramref name="text"/>. Punctuation and unknown chars are skipped;
    /// ASCII letter/digit runs pass through lower-cased. The first form uses phrase overrides and preferred
    /// readings; the rest switch one, then two polyphones, up to <see cref="MaxForms"/>.
    /// </summary>
    public static PinyinForms ForText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenize(text);
        var full = new List<string>();
        var initials = new List<string>();
        foreach (var choice in Choices(tokens, MaxForms))
        {
            var f = new StringBuilder();
            var i = new StringBuilder();
            for (var t = 0; t < tokens.Count; t++)
            {
                var r = tokens[t].Readings[choice[t]];
                f.Append(r);
                i.Append(r[0]);
            }
            full.Add(f.ToString());
            var ini = i.ToString();
            if (!initials.Contains(ini))
                initials.Add(ini);
        }
        return new PinyinForms(full, initials);
    }

    /// <summary>Splits text into pinyin tokens, applying the longest phrase override at each position.</summary>
    internal static List<PinyinToken> Tokenize(string text)
    {
        var data = s_data.Value;
        var tokens = new List<PinyinToken>(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = Normalize(text[i]);
            if (IsAsciiAlnum(c))
            {
                var start = i;
                var sb = new StringBuilder();
                while (i < text.Length && IsAsciiAlnum(Normalize(text[i])))
                    sb.Append(char.ToLowerInvariant(Normalize(text[i++])));
                tokens.Add(new PinyinToken(start, i - start, [sb.ToString()]));
                continue;
            }
            if (data.TryPhrase(text, i, out var phrase, out var syllables))
            {
                for (var k = 0; k < phrase.Length; k++)
                {
                    var own = data.Readings(text[i + k]);
                    var merged = new List<string>(own.Length + 1) { syllables[k] };
                    foreach (var r in own)
                        if (r != syllables[k])
                            merged.Add(r);
                    tokens.Add(new PinyinToken(i + k, 1, [.. merged]));
                }
                i += phrase.Length;
                continue;
            }
            var readings = data.Readings(c);
            if (readings.Length > 0)
                tokens.Add(new PinyinToken(i, 1, readings));
            i++;
        }
        return tokens;
    }

    /// <summary>Fullwidth ASCII (common from Chinese IMEs) to halfwidth.</summary>
    internal static char Normalize(char c) => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;

    internal static bool IsAsciiAlnum(char c) => char.IsAsciiLetterOrDigit(c);

    internal static bool IsCjk(char c) => c is >= CjkFirst and <= CjkLast or '\u3007';

    /// <summary>Reading-index vectors: all preferred, then one switched polyphone, then two; capped.</summary>
    internal static IEnumerable<int[]> Choices(IReadOnlyList<PinyinToken> tokens, int cap)
    {
        var n = tokens.Count;
        var emitted = 1;
        yield return new int[n];
        var poly = Enumerable.Range(0, n).Where(t => tokens[t].Readings.Length > 1).ToArray();
        foreach (var a in poly)
            for (var ra = 1; ra < tokens[a].Readings.Length; ra++)
            {
                if (emitted++ >= cap)
                    yield break;
                var v = new int[n];
                v[a] = ra;
                yield return v;
            }
        for (var x = 0; x < poly.Length; x++)
            for (var y = x + 1; y < poly.Length; y++)
                for (var ra = 1; ra < tokens[poly[x]].Readings.Length; ra++)
                    for (var rb = 1; rb < tokens[poly[y]].Readings.Length; rb++)
                    {
                        if (emitted++ >= cap)
                            yield break;
                        var v = new int[n];
                        v[poly[x]] = ra;
                        v[poly[y]] = rb;
                        yield return v;
                    }
    }

    private sealed class Data
    {
        private readonly string[][] _cjk = new string[CjkLast - CjkFirst + 1][];
        private readonly Dictionary<char, string[]> _other = [];
        private readonly Dictionary<string, string[]> _phrases = new(StringComparer.Ordinal);
        private int _maxPhrase;

        public string[] Readings(char c)
        {
            if (c is >= CjkFirst and <= CjkLast)
                return _cjk[c - CjkFirst] ?? [];
            return _other.TryGetValue(c, out var r) ? r : [];
        }

        public bool TryPhrase(string text, int at, out string phrase, out string[] syllables)
        {
            for (var len = Math.Min(_maxPhrase, text.Length - at); len >= 2; len--)
            {
                // Cheap pre-check: phrases are CJK only.
                if (!IsCjk(text[at]))
                    break;
                var candidate = text.Substring(at, len);
                if (_phrases.TryGetValue(candidate, out var syl))
                {
                    phrase = candidate;
                    syllables = syl;
                    return true;
                }
            }
            phrase = "";
            syllables = [];
            return false;
        }

        public static Data Load()
        {
            var data = new Data();
            var lists = new Dictionary<char, List<string>>();
            // Preferred readings go first; the file lists each reading once, so do two passes.
            var secondary = new List<(char C, string R)>();
            foreach (var line in Lines("ClerkStation.Domain.Search.pinyin-table.txt"))
            {
                var parts = line.Split('\t');
                if (parts.Length != 3)
                    throw new InvalidDataException($"pinyin-table.txt: bad line '{line}'");
                var reading = string.Intern(parts[0]);
                foreach (var c in parts[1])
                    lists[c] = [reading];
                foreach (var c in parts[2])
                    secondary.Add((c, reading));
            }
            foreach (var (c, r) in secondary)
            {
                if (!lists.TryGetValue(c, out var l))
                    lists[c] = l = [];
                l.Add(r);
            }
            foreach (var (c, l) in lists)
            {
                if (c is >= CjkFirst and <= CjkLast)
                    data._cjk[c - CjkFirst] = [.. l];
                else
                    data._other[c] = [.. l];
            }
            foreach (var line in Lines("ClerkStation.Domain.Search.pinyin-phrases.txt"))
            {
                var parts = line.Split('\t');
                var syl = parts.Length == 2 ? parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
                if (syl.Length != parts[0].Length)
                    throw new InvalidDataException($"pinyin-phrases.txt: one syllable per char expected in '{line}'");
                data._phrases[parts[0]] = [.. syl.Select(string.Intern)];
                data._maxPhrase = Math.Max(data._maxPhrase, parts[0].Length);
            }
            return data;
        }

        private static IEnumerable<string> Lines(string resource)
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            while (reader.ReadLine() is { } line)
                if (line.Length > 0 && line[0] != '#')
                    yield return line;
        }
    }
}
