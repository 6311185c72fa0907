namespace ClerkStation.Domain.Search;

// Matching a term against English words, and the one-typo pinyin pass.
public sealed partial class ItemSearchIndex
{
    /// <summary>Prefix of a word of the English name (binary search over the sorted word list).</summary>
    private void MatchEnglish(string q, TermMatches m)
    {
        var i = Array.BinarySearch(_englishWords, q, StringComparer.Ordinal);
        if (i < 0)
            i = ~i;
        for (; i < _englishWords.Length && _englishWords[i].StartsWith(q, StringComparison.Ordinal); i++)
        {
            var score = _englishWords[i].Length == q.Length ? ScoreEnglishWord : ScoreEnglishPrefix;
            foreach (var e in _englishWordEntries[i])
                m.RecordEntry(e, score, MatchKind.English, -1, 0);
        }
    }

    /// <summary>
    /// One typo (Damerau-Levenshtein 1) against a spelling starting at a syllable boundary. Pigeonhole on the first
    /// letters: an edit at position 2 or later leaves T[0..2] = q[0..2]; an edit at 0 or 1 still leaves some letters
    /// of q at fixed offsets of T. Only those buckets are checked (queries have at least 4 letters).
    /// </summary>
    private void MatchFuzzy(string q, TermMatches m)
    {
        int q0 = q[0] - 'a', q1 = q[1] - 'a', q2 = q[2] - 'a', q3 = q[3] - 'a';
        Scan(_fuzzy01[q0 * Letters + q1]); // no edit in the first two letters
        Scan(_fuzzy02[q0 * Letters + q2]); // substitution at 1
        Scan(_fuzzy01[q0 * Letters + q2]); // q[1] deleted, or q[1],q[2] swapped
        Scan(_fuzzy02[q0 * Letters + q1]); // letter missing after q[0]
        Scan(_fuzzy123[(q1 * Letters + q2) * Letters + q3]); // substitution at 0
        Scan(_fuzzy01[q1 * Letters + q2]); // q[0] is extra
        Scan(_fuzzy123[(q0 * Letters + q1) * Letters + q2]); // letter missing before q[0]
        Scan(_fuzzy01[q1 * Letters + q0]); // q[0],q[1] swapped

        void Scan(FuzzyStart[] starts)
        {
            var span = q.AsSpan();
            foreach (var s in starts)
            {
                var field = _fields[s.Field];
                if (m.AlreadyAtLeast(field, field.IsName ? ScoreFuzzy : ScoreKeywordFuzzy))
                    continue;
                if (WithinOneEdit(span, _fuzzyForms[s.Form].AsSpan(s.Offset)))
                    m.Record(field, field.IsName ? ScoreFuzzy : ScoreKeywordFuzzy, MatchKind.PinyinFuzzy, -1, 0);
            }
        }
    }

    /// <summary>True when q is within one edit (substitution, insertion, deletion, adjacent swap) of a prefix of t.</summary>
    internal static bool WithinOneEdit(ReadOnlySpan<char> q, ReadOnlySpan<char> t)
    {
        var i = 0;
        var common = Math.Min(q.Length, t.Length);
        while (i < common && q[i] == t[i])
            i++;
        if (i == q.Length)
            return true;
        if (t[i..].StartsWith(q[(i + 1)..]))
            return true; // extra char in q
        if (i >= t.Length)
            return false;
        if (t[(i + 1)..].StartsWith(q[(i + 1)..]))
            return true; // wrong char
        if (t[(i + 1)..].StartsWith(q[i..]))
            return true; // missing char in q
        return i + 1 < q.Length && i + 1 < t.Length && q[i] == t[i + 1] && q[i + 1] == t[i]
            && t[(i + 2)..].StartsWith(q[(i + 2)..]); // swapped neighbours
    }
}
