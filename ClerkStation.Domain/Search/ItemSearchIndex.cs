namespace ClerkStation.Domain.Search;

/// <summary>
/// Immutable, thread-safe index over service items for the clerk's search box: hanzi substring, keywords/aliases,
/// full pinyin across syllables, pinyin initials, English words, one-typo pinyin. Everything a query needs is
/// precomputed in <see cref="Build"/>; a query looks up postings instead of scanning every name.
/// </summary>
public sealed partial class ItemSearchIndex
{
    private const int FuzzyMinLength = 4;
    // Fuzzy is the slow pass; a term that already has this many exact hits does not need it.
    private const int FuzzyWhenFewerThan = 5;
    private const int FuzzyFormsPerField = 3;
    private const int Letters = 26;

    private static readonly string[] VariantMarkers = ["补办", "补领", "换领", "换发", "遗失", "变更", "注销", "退出", "停发", "撤销", "终止", "延续"];

    private readonly SearchEntry[] _entries;
    private readonly int[] _variantMasks;
    private readonly (string Code, int Entry)[] _codes;
    private readonly Dictionary<string, int> _byCode;
    private readonly Field[] _fields;
    private readonly Dictionary<char, int[]> _fieldsByChar;
    private readonly Dictionary<string, Posting[]>.AlternateLookup<ReadOnlySpan<char>> _byReading;
    private readonly Dictionary<string, Posting[]>.AlternateLookup<ReadOnlySpan<char>> _byReadingPrefix;
    private readonly int _maxReadingLength;
    private readonly Posting[][] _byInitialPair;
    private readonly int[][] _byFirstInitial;
    private readonly string[] _englishWords;
    private readonly int[][] _englishWordEntries;
    private readonly string[] _fuzzyForms;
    // Syllable-boundary starts of every spelling, bucketed by letters at offsets (0,1), (0,2) and (1,2,3).
    // (1,2) alone would be a vowel pair such as "an" and match a large share of all syllables.
    private readonly FuzzyStart[][] _fuzzy01;
    private readonly FuzzyStart[][] _fuzzy02;
    private readonly FuzzyStart[][] _fuzzy123;


    public IReadOnlyList<SearchEntry> Entries => _entries;

    public static ItemSearchIndex Build(IEnumerable<SearchEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new ItemSearchIndex([.. entries]);
    }

    /// <summary>
    /// Terms separated by spaces must all match. Order: favourites that match, then score, usage count, shorter
    /// name, code. An empty query returns favourites, then the most used items.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(string query, SearchOptions? options = null)
    {
        options ??= SearchOptions.Default;
        if (options.Limit <= 0)
            return [];
        var terms = SplitTerms(query ?? "");
        if (terms.Count == 0)
            return Suggestions(options);

        var matches = new TermMatches[terms.Count];
        try
        {
            for (var i = 0; i < terms.Count; i++)
                matches[i] = MatchTerm(terms[i], options.Department);
            return Rank(matches, options, VariantMask(string.Concat(terms)));
        }
        finally
        {
            foreach (var m in matches)
                m?.Dispose();
        }
    }

    private TermMatches MatchTerm(string term, string? department)
    {
        var m = new TermMatches(this, department);
        MatchCode(term, m);
        MatchText(term, m);
        if (IsLetters(term))
        {
            MatchFullPinyin(term, m);
            MatchInitials(term, m);
            MatchEnglish(term, m);
            // No vowel means initials (dbsq), never a misspelt syllable: skip the slow pass.
            if (term.Length >= FuzzyMinLength && m.Count < FuzzyWhenFewerThan && term.AsSpan().IndexOfAny("aeiouv") >= 0)
                MatchFuzzy(term, m);
        }
        else if (term.All(char.IsAsciiLetterOrDigit))
        {
            MatchEnglish(term, m);
        }
        return m;
    }

}
