namespace ClerkStation.Domain.Search;

// Ranking the matched entries: favourites, score, usage, shorter name, code; with their highlights.
public sealed partial class ItemSearchIndex
{
    private List<SearchHit> Rank(TermMatches[] matches, SearchOptions options, int asked)
    {
        var driver = matches.MinBy(x => x.Count)!;
        var heap = new PriorityQueue<Candidate, Candidate>(options.Limit + 1, CandidateComparer.WorstFirst);
        foreach (var e in driver.Touched)
        {
            var score = int.MaxValue;
            var kind = MatchKind.Exact;
            foreach (var m in matches)
            {
                var s = m.Score[e];
                if (s == 0)
                {
                    score = 0;
                    break;
                }
                if (s < score)
                    (score, kind) = (s, m.KindOf(e));
            }
            if (score > 0)
            {
                if (_variantMasks[e] != 0 && (_variantMasks[e] & asked) == 0)
                    score -= VariantPenalty;
                Offer(heap, MakeCandidate(e, score, kind, options), options.Limit);
            }
        }
        return Drain(heap, c => new SearchHit(_entries[c.Entry].Code, c.Score, c.Kind, Highlights(matches, c.Entry)));
    }

    private List<SearchHit> Suggestions(SearchOptions options)
    {
        var heap = new PriorityQueue<Candidate, Candidate>(options.Limit + 1, CandidateComparer.WorstFirst);
        var seen = new HashSet<int>();
        foreach (var code in options.Favourites ?? Enumerable.Empty<string>())
            Consider(code);
        foreach (var (code, count) in options.UsageCounts ?? new Dictionary<string, int>())
            if (count > 0)
                Consider(code);
        return Drain(heap, c => new SearchHit(_entries[c.Entry].Code, 0, MatchKind.Suggested, []));

        void Consider(string code)
        {
            if (_byCode.TryGetValue(code, out var e) && InDepartment(e, options.Department) && seen.Add(e))
                Offer(heap, MakeCandidate(e, 0, MatchKind.Suggested, options), options.Limit);
        }
    }

    private Candidate MakeCandidate(int e, int score, MatchKind kind, SearchOptions options)
    {
        var code = _entries[e].Code;
        var usage = options.UsageCounts is { } u && u.TryGetValue(code, out var n) ? n : 0;
        var favourite = options.Favourites?.Contains(code) == true;
        return new Candidate(e, favourite, score, kind, usage, _entries[e].NameZh.Length, code);
    }

    private static void Offer(PriorityQueue<Candidate, Candidate> heap, Candidate c, int limit)
    {
        if (heap.Count < limit)
            heap.Enqueue(c, c);
        else if (CandidateComparer.WorstFirst.Compare(c, heap.Peek()) > 0)
            heap.DequeueEnqueue(c, c);
    }

    private static List<SearchHit> Drain(PriorityQueue<Candidate, Candidate> heap, Func<Candidate, SearchHit> toHit)
    {
        var hits = new SearchHit[heap.Count];
        for (var i = hits.Length - 1; i >= 0; i--)
            hits[i] = toHit(heap.Dequeue());
        return [.. hits];
    }

    private static HighlightRange[] Highlights(TermMatches[] matches, int e)
    {
        var ranges = new List<HighlightRange>(matches.Length);
        foreach (var m in matches)
            if (m.RangeOf(e) is { } r && !ranges.Contains(r))
                ranges.Add(r);
        ranges.Sort((x, y) => x.Start.CompareTo(y.Start));
        return [.. ranges];
    }

    private bool InDepartment(int e, string? department) =>
        department is null || string.Equals(_entries[e].DepartmentCode, department, StringComparison.Ordinal);

    private readonly record struct Candidate(
        int Entry, bool Favourite, int Score, MatchKind Kind, int Usage, int NameLength, string Code);

    private sealed class CandidateComparer : IComparer<Candidate>
    {
        /// <summary>Orders worse candidates first, so the heap's root is the one to evict.</summary>
        public static readonly CandidateComparer WorstFirst = new();

        public int Compare(Candidate x, Candidate y)
        {
            var c = x.Favourite.CompareTo(y.Favourite);
            if (c == 0)
                c = x.Score.CompareTo(y.Score);
            if (c == 0)
                c = x.Usage.CompareTo(y.Usage);
            if (c == 0)
                c = y.NameLength.CompareTo(x.NameLength);
            if (c == 0)
                c = string.CompareOrdinal(y.Code, x.Code);
            return c;
        }
    }
}
