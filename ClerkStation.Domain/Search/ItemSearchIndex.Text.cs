using System.Numerics;

namespace ClerkStation.Domain.Search;

// Normalising queries and names: terms, English words, letter masks.
public sealed partial class ItemSearchIndex
{
    internal static string NormalizeText(string s)
    {
        // Same length as the input, so token positions stay valid highlight positions in the original name.
        return string.Create(s.Length, s, static (dst, src) =>
        {
            for (var i = 0; i < src.Length; i++)
            {
                var c = PinyinTable.Normalize(src[i]);
                dst[i] = c == '\u3000' ? ' ' : char.ToLowerInvariant(c);
            }
        });
    }

    internal static List<string> SplitTerms(string query)
    {
        var terms = new List<string>();
        foreach (var raw in NormalizeText(query).Split(' ', '\t', '\n', '\r'))
        {
            var term = raw.Trim();
            // xi'an style syllable separators carry no meaning for matching.
            if (term.Contains('\'', StringComparison.Ordinal))
                term = term.Replace("'", "", StringComparison.Ordinal);
            if (term.Length > 0)
                terms.Add(term);
        }
        return terms;
    }

    private static IEnumerable<string> EnglishWords(string nameEn)
    {
        var start = -1;
        var text = NormalizeText(nameEn);
        for (var i = 0; i <= text.Length; i++)
        {
            var alnum = i < text.Length && char.IsAsciiLetterOrDigit(text[i]);
            if (alnum && start < 0)
                start = i;
            else if (!alnum && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    private static bool IsLetters(string s) => s.Length > 0 && s.All(char.IsAsciiLetterLower);

    private static int LetterIndex(char c) => char.IsAsciiLetterLower(c) ? c - 'a' : -1;

    private static IEnumerable<int> Bits(int mask)
    {
        while (mask != 0)
        {
            yield return BitOperations.TrailingZeroCount(mask);
            mask &= mask - 1;
        }
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
            map[key] = list = [];
        list.Add(value);
    }
}
