namespace ClerkStation.Domain.Search;

// Matching a term as full pinyin across syllables, or as the initials of consecutive syllables.
public sealed partial class ItemSearchIndex
{
    /// <summary>Consecutive whole syllables (any reading of each char), the last one may be partial.</summary>
    private void MatchFullPinyin(string q, TermMatches m)
    {
        var span = q.AsSpan();
        for (var k = 1; k <= Math.Min(q.Length, _maxReadingLength); k++)
        {
            if (!_byReading.TryGetValue(span[..k], out var postings))
                continue;
            foreach (var p in postings)
            {
                var field = _fields[p.Field];
                // Scores only ever rise: skip a field that cannot beat what its entry already has (common chars such
                // as 残 or 变 appear in hundreds of names and keywords, and this walk is the cost of a pinyin query).
                // A keyword scores its whole-keyword band only from its first syllable.
                if (m.AlreadyAtLeast(field, field.IsName ? ScorePinyinWhole : p.Token == 0 ? ScoreKeywordPinyinWhole : ScoreKeywordPinyin))
                    continue;
                if (TryMatchSyllables(field.Tokens, p.Token, span, out var end, out var complete))
                    RecordPinyin(m, field, p.Token, end, complete);
            }
        }
        // Query shorter than one syllable ("zh", "bia"): a prefix of a reading. One letter is left to initials.
        if (q.Length >= 2 && _byReadingPrefix.TryGetValue(span, out var partial))
            foreach (var p in partial)
                RecordPinyin(m, _fields[p.Field], p.Token, p.Token, complete: false);
    }

    private static void RecordPinyin(TermMatches m, Field field, int start, int end, bool complete)
    {
        if (!field.IsName)
        {
            m.Record(field, start == 0 && complete && end == field.Tokens.Length - 1 ? ScoreKeywordPinyinWhole : ScoreKeywordPinyin, MatchKind.Keyword, -1, 0);
            return;
        }
        var score = start != 0 ? ScorePinyinSubstring
            : complete && end == field.Tokens.Length - 1 ? ScorePinyinWhole
            : ScorePinyinPrefix;
        var from = field.Tokens[start].Start;
        m.Record(field, score, MatchKind.FullPinyin, from, field.Tokens[end].Start + field.Tokens[end].Length - from);
    }

    private static bool TryMatchSyllables(PinyinToken[] tokens, int t, ReadOnlySpan<char> q, out int end, out bool complete)
    {
        foreach (var r in tokens[t].Readings)
        {
            if (q.StartsWith(r, StringComparison.Ordinal))
            {
                if (q.Length == r.Length)
                {
                    (end, complete) = (t, true);
                    return true;
                }
                if (t + 1 < tokens.Length && TryMatchSyllables(tokens, t + 1, q[r.Length..], out end, out complete))
                    return true;
            }
            else if (q.Length < r.Length && r.AsSpan().StartsWith(q, StringComparison.Ordinal))
            {
                (end, complete) = (t, false);
                return true;
            }
        }
        (end, complete) = (-1, false);
        return false;
    }

    /// <summary>First letters of consecutive syllables; one letter only matches the first syllable.</summary>
    private void MatchInitials(string q, TermMatches m)
    {
        if (q.Length == 1)
        {
            foreach (var f in _byFirstInitial[q[0] - 'a'])
            {
                var field = _fields[f];
                RecordInitials(m, field, 0, 1, (field.PreferredMasks[0] & (1 << (q[0] - 'a'))) != 0);
            }
            return;
        }
        foreach (var p in _byInitialPair[(q[0] - 'a') * Letters + (q[1] - 'a')])
        {
            var field = _fields[p.Field];
            var masks = field.InitialMasks;
            if (p.Token + q.Length > masks.Length)
                continue;
            var ok = true;
            for (var i = 2; i < q.Length && ok; i++)
                ok = (masks[p.Token + i] & (1 << (q[i] - 'a'))) != 0;
            if (!ok)
                continue;
            var preferred = true;
            for (var i = 0; i < q.Length && preferred; i++)
                preferred = (field.PreferredMasks[p.Token + i] & (1 << (q[i] - 'a'))) != 0;
            RecordInitials(m, field, p.Token, q.Length, preferred);
        }
    }

    private static void RecordInitials(TermMatches m, Field field, int start, int count, bool preferred)
    {
        var penalty = preferred ? 0 : SecondaryReadingPenalty;
        if (!field.IsName)
        {
            m.Record(field, ScoreKeywordInitials - penalty, MatchKind.Keyword, -1, 0);
            return;
        }
        var score = (start != 0 ? ScoreInitialsSubstring
            : count == field.Tokens.Length ? ScoreInitialsWhole
            : ScoreInitialsPrefix) - penalty;
        var last = field.Tokens[start + count - 1];
        var from = field.Tokens[start].Start;
        m.Record(field, score, MatchKind.Initials, from, last.Start + last.Length - from);
    }
}
