namespace ClerkStation.Domain.Search;

// Matching a term against item codes and the literal hanzi of names and keywords.
public sealed partial class ItemSearchIndex
{
    /// <summary>The item code typed whole or as a prefix (MZ-001, mz-0, mz001); a term without a digit is never a code.</summary>
    private void MatchCode(string term, TermMatches m)
    {
        if (!term.Any(char.IsAsciiDigit))
            return;
        var key = CodeKey(term);
        var i = Array.BinarySearch(_codes, (key, -1), CodeComparer);
        if (i < 0)
            i = ~i;
        for (; i < _codes.Length && _codes[i].Code.StartsWith(key, StringComparison.Ordinal); i++)
            m.RecordEntry(_codes[i].Entry, _codes[i].Code.Length == key.Length ? ScoreExact : ScoreCodePrefix, MatchKind.Exact, -1, 0);
    }

    private static readonly IComparer<(string Code, int Entry)> CodeComparer =
        Comparer<(string Code, int Entry)>.Create((a, b) => string.CompareOrdinal(a.Code, b.Code));

    private static string CodeKey(string code) => new([.. code.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant)]);

    private static int VariantMask(string text)
    {
        var mask = 0;
        for (var i = 0; i < VariantMarkers.Length; i++)
            if (text.Contains(VariantMarkers[i], StringComparison.Ordinal))
                mask |= 1 << i;
        return mask;
    }

    /// <summary>Literal (hanzi) substring of the name or a keyword; candidates come from the term's rarest char.</summary>
    private void MatchText(string term, TermMatches m)
    {
        int[]? candidates = null;
        foreach (var c in term)
        {
            if (!_fieldsByChar.TryGetValue(c, out var list))
                return;
            if (candidates is null || list.Length < candidates.Length)
                candidates = list;
        }
        foreach (var f in candidates ?? [])
        {
            var field = _fields[f];
            var at = field.Text.IndexOf(term, StringComparison.Ordinal);
            if (at < 0)
                continue;
            var whole = at == 0 && term.Length == field.Text.Length;
            if (field.IsName)
                m.Record(field, whole ? ScoreExact : at == 0 ? ScoreHanziPrefix : ScoreHanziSubstring,
                    whole ? MatchKind.Exact : MatchKind.HanziSubstring, at, term.Length);
            else
                m.Record(field, whole ? ScoreKeywordExact : ScoreKeyword, MatchKind.Keyword, -1, 0);
        }
    }
}
