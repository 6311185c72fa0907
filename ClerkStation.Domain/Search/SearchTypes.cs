namespace ClerkStation.Domain.Search;

/// <summary>
/// What the search knows about one service item. Deliberately not the catalog type: Search stays usable
/// from any source (catalog JSON, database, benchmark data).
/// </summary>
/// <param name="Kind">Free text such as "Instant"/"Promised"; the search only carries it.</param>
/// <param name="Keywords">Keywords and aliases (低保, 低保申请); matched like the name, ranked below it.</param>
public sealed record SearchEntry(
    string Code,
    string NameZh,
    string NameEn,
    string DepartmentCode,
    string Kind,
    IReadOnlyList<string> Keywords);

/// <summary>How a hit matched, best first. Ranking uses <see cref="SearchHit.Score"/>, which follows this order.</summary>
public enum MatchKind
{
    /// <summary>The query is the whole name (or a whole keyword).</summary>
    Exact,
    /// <summary>Hanzi (or literal text) prefix or substring of the name.</summary>
    HanziSubstring,
    /// <summary>A keyword or alias matched (as text, full pinyin or initials).</summary>
    Keyword,
    /// <summary>Full pinyin of consecutive syllables of the name, e.g. canjiren.</summary>
    FullPinyin,
    /// <summary>First letters of consecutive syllables of the name, e.g. zdshbz.</summary>
    Initials,
    /// <summary>Full pinyin with one typo (Damerau-Levenshtein distance 1).</summary>
    PinyinFuzzy,
    /// <summary>Prefix of a word of the English name.</summary>
    English,
    /// <summary>No query: a favourite or frequently used item.</summary>
    Suggested,
}

/// <summary>A matched range of <see cref="SearchEntry.NameZh"/>, for highlighting.</summary>
public readonly record struct HighlightRange(int Start, int Length);

/// <param name="Highlights">Ranges of the Chinese name that matched; empty when a keyword or the English name matched.</param>
public sealed record SearchHit(string Code, int Score, MatchKind Kind, IReadOnlyList<HighlightRange> Highlights);

public sealed record SearchOptions
{
    /// <summary>Only items of this department code; null = all.</summary>
    public string? Department { get; init; }

    public int Limit { get; init; } = 20;

    /// <summary>How often this center/clerk used each item code; ranks higher among equally good matches.</summary>
    public IReadOnlyDictionary<string, int>? UsageCounts { get; init; }

    /// <summary>Item codes pinned first when they match (and listed first for an empty query).</summary>
    public IReadOnlySet<string>? Favourites { get; init; }

    public static SearchOptions Default { get; } = new();
}
