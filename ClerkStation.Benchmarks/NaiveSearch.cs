using ClerkStation.Domain.Search;

namespace ClerkStation.Benchmarks;

/// <summary>
/// The baseline: one precomputed lower-case haystack per item (name, keywords, preferred full pinyin, initials,
/// English) and a string.Contains scan. No polyphones, no typos, no ranking.
/// </summary>
public sealed class NaiveSearch
{
    private readonly string[] _codes;
    private readonly string[] _haystacks;

    public NaiveSearch(IEnumerable<SearchEntry> entries)
    {
        var list = entries.ToList();
        _codes = [.. list.Select(e => e.Code)];
        _haystacks = [.. list.Select(e =>
        {
            var forms = PinyinTable.ForText(e.NameZh);
            return string.Join('\n', [e.NameZh, .. e.Keywords, forms.Full[0], forms.Initials[0], e.NameEn.ToLowerInvariant()]);
        })];
    }

    public List<string> Search(string query, int limit = 20)
    {
        var q = query.Trim().ToLowerInvariant();
        var hits = new List<string>();
        // Scan everything (a ranked list needs all matches), then keep the first page.
        for (var i = 0; i < _haystacks.Length; i++)
            if (_haystacks[i].Contains(q, StringComparison.Ordinal))
                hits.Add(_codes[i]);
        return hits.Count > limit ? hits[..limit] : hits;
    }
}
