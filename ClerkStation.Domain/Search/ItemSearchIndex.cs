using System.Buffers;
using System.Numerics;

namespace ClerkStation.Domain.Search;

/// <summary>
/// Immutable, thread-safe index over service items for the clerk's search box: hanzi substring, keywords/aliases,
/// full pinyin across syllables, pinyin initials, English words, one-typo pinyin. Everything a query needs is
/// precomputed in <see cref="Build"/>; a query looks up postings instead of scanning every name.
/// </summary>
public sealed class ItemSearchIndex
{
    // One score band per match quality, so ranking is: exact > prefix > substring > keyword > pinyin > initials > fuzzy.
    internal const int ScoreExact = 1000;
    // A keyword typed whole names the item it is the keyword of (低保 → the 低保 application), above names that merely
    // contain it (低保证明, 低保退出).
    internal const int ScoreKeywordExact = 950;
    internal const int ScoreHanziPrefix = 900;
    internal const int ScoreCodePrefix = 890;
    internal const int ScoreHanziSubstring = 800;
    internal const int ScoreKeyword = 720;
    internal const int ScorePinyinWhole = 680;
    internal const int ScoreKeywordPinyinWhole = 670;
    internal const int ScorePinyinPrefix = 660;
    internal const int ScorePinyinSubstring = 620;
    internal const int ScoreKeywordPinyin = 600;
    internal const int ScoreEnglishWord = 560;
    internal const int ScoreEnglishPrefix = 540;
    internal const int ScoreInitialsWhole = 500;
    internal const int ScoreInitialsPrefix = 480;
    internal const int ScoreInitialsSubstring = 460;
    internal const int ScoreKeywordInitials = 440;
    // A match that needs a rare reading of a polyphone (提 as shi in 大病提取 for "dbsq") ranks below one that uses the
    // customary readings, so the item the clerk means comes first.
    internal const int SecondaryReadingPenalty = 15;
    // A variant of an item (补办, 变更, 注销…) ranks just below the item itself unless the query asks for the variant.
    internal const int VariantPenalty = 5;
    internal const int ScoreFuzzy = 300;
    internal const int ScoreKeywordFuzzy = 280;

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

    private ItemSearchIndex(SearchEntry[] entries)
    {
        _entries = entries;
        _byCode = new Dictionary<string, int>(entries.Length, StringComparer.Ordinal);
        var fields = new List<Field>(entries.Length * 2);
        var englishWords = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var e = 0; e < entries.Length; e++)
        {
            var entry = entries[e];
            if (!_byCode.TryAdd(entry.Code, e))
                throw new ArgumentException($"Duplicate item code '{entry.Code}'.", nameof(entries));
            fields.Add(Field.Create(e, isName: true, entry.NameZh));
            var seen = new HashSet<string>(StringComparer.Ordinal) { NormalizeText(entry.NameZh) };
            foreach (var keyword in entry.Keywords ?? [])
                if (!string.IsNullOrWhiteSpace(keyword) && seen.Add(NormalizeText(keyword.Trim())))
                    fields.Add(Field.Create(e, isName: false, keyword.Trim()));
            foreach (var word in EnglishWords(entry.NameEn ?? ""))
            {
                if (!englishWords.TryGetValue(word, out var list))
                    englishWords[word] = list = [];
                if (list.Count == 0 || list[^1] != e)
                    list.Add(e);
            }
        }
        _fields = [.. fields];
        _variantMasks = [.. entries.Select(e => VariantMask(e.NameZh))];
        _codes = [.. entries.Select((e, i) => (CodeKey(e.Code), i)).OrderBy(c => c.Item1, StringComparer.Ordinal)];

        var byChar = new Dictionary<char, List<int>>();
        var byReading = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        var byPrefix = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        var byPair = new List<Posting>?[Letters * Letters];
        var byFirst = new List<int>?[Letters];
        var forms = new List<string>();
        var fuzzy01 = new List<FuzzyStart>?[Letters * Letters];
        var fuzzy02 = new List<FuzzyStart>?[Letters * Letters];
        var fuzzy123 = new List<FuzzyStart>?[Letters * Letters * Letters];
        for (var f = 0; f < _fields.Length; f++)
        {
            var field = _fields[f];
            foreach (var c in field.Text.Distinct())
            {
                if (!byChar.TryGetValue(c, out var list))
                    byChar[c] = list = [];
                list.Add(f);
            }
            var tokens = field.Tokens;
            var prefixes = new HashSet<string>(StringComparer.Ordinal);
            for (var t = 0; t < tokens.Length; t++)
            {
                prefixes.Clear();
                foreach (var r in tokens[t].Readings)
                {
                    Add(byReading, r, new Posting(f, t));
                    _maxReadingLength = Math.Max(_maxReadingLength, r.Length);
                    for (var len = 1; len < r.Length; len++)
                        prefixes.Add(r[..len]);
                }
                foreach (var p in prefixes)
                    Add(byPrefix, p, new Posting(f, t));
                if (t + 1 < tokens.Length)
                    foreach (var a in Bits(field.InitialMasks[t]))
                        foreach (var b in Bits(field.InitialMasks[t + 1]))
                            (byPair[a * Letters + b] ??= []).Add(new Posting(f, t));
            }
            if (tokens.Length > 0)
                foreach (var a in Bits(field.InitialMasks[0]))
                    (byFirst[a] ??= []).Add(f);

            // Fuzzy pass works on whole spellings (preferred + a few polyphone variants), starting at syllable boundaries.
            // Variants share most suffixes; a suffix already bucketed for this field is skipped.
            var suffixes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var choice in PinyinTable.Choices(tokens, FuzzyFormsPerField))
            {
                var form = string.Concat(tokens.Select((tok, i) => tok.Readings[choice[i]]));
                var formId = forms.Count;
                forms.Add(form);
                var offset = 0;
                for (var t = 0; t < tokens.Length; t++)
                {
                    // A query of FuzzyMinLength letters needs at least 3 letters left to match within one edit.
                    if (offset + 3 <= form.Length && suffixes.Add(form[offset..]) && LetterIndex(form[offset]) is var a and >= 0
                        && LetterIndex(form[offset + 1]) is var b and >= 0 && LetterIndex(form[offset + 2]) is var c and >= 0)
                    {
                        var start = new FuzzyStart(f, formId, offset);
                        (fuzzy01[a * Letters + b] ??= []).Add(start);
                        (fuzzy02[a * Letters + c] ??= []).Add(start);
                        if (offset + 4 <= form.Length && LetterIndex(form[offset + 3]) is var d and >= 0)
                            (fuzzy123[(b * Letters + c) * Letters + d] ??= []).Add(start);
                    }
                    offset += tokens[t].Readings[choice[t]].Length;
                }
            }
        }
        _fieldsByChar = byChar.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
        _byReading = byReading.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _byReadingPrefix = byPrefix.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _byInitialPair = [.. byPair.Select(l => l?.ToArray() ?? [])];
        _byFirstInitial = [.. byFirst.Select(l => l?.ToArray() ?? [])];
        _englishWords = [.. englishWords.Keys.Order(StringComparer.Ordinal)];
        _englishWordEntries = [.. _englishWords.Select(w => englishWords[w].ToArray())];
        _fuzzyForms = [.. forms];
        _fuzzy01 = [.. fuzzy01.Select(l => l?.ToArray() ?? [])];
        _fuzzy02 = [.. fuzzy02.Select(l => l?.ToArray() ?? [])];
        _fuzzy123 = [.. fuzzy123.Select(l => l?.ToArray() ?? [])];
    }

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

    private readonly record struct Posting(int Field, int Token);

    private readonly record struct FuzzyStart(int Field, int Form, int Offset);

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

    private sealed class Field
    {
        private Field(int entry, bool isName, string text, PinyinToken[] tokens, int[] initialMasks)
        {
            Entry = entry;
            IsName = isName;
            Text = text;
            Tokens = tokens;
            InitialMasks = initialMasks;
            PreferredMasks = [.. tokens.Select(t => t.Readings.Length > 0 && LetterIndex(t.Readings[0][0]) is var l and >= 0 ? 1 << l : 0)];
        }

        public int Entry { get; }
        public bool IsName { get; }
        public string Text { get; }
        public PinyinToken[] Tokens { get; }
        /// <summary>Per token, a bit per letter that starts one of its readings (polyphones can set several).</summary>
        public int[] InitialMasks { get; }
        /// <summary>Per token, the bit of its customary (first) reading only.</summary>
        public int[] PreferredMasks { get; }

        public static Field Create(int entry, bool isName, string raw)
        {
            var text = NormalizeText(raw);
            var tokens = PinyinTable.Tokenize(text).ToArray();
            var masks = new int[tokens.Length];
            for (var t = 0; t < tokens.Length; t++)
                foreach (var r in tokens[t].Readings)
                    if (LetterIndex(r[0]) is var l and >= 0)
                        masks[t] |= 1 << l;
            return new Field(entry, isName, text, tokens, masks);
        }
    }

    /// <summary>Best match per entry for one term; arrays are pooled because Search runs on every keystroke.</summary>
    private sealed class TermMatches : IDisposable
    {
        private readonly ItemSearchIndex _index;
        private readonly string? _department;
        private readonly long[] _meta;

        public TermMatches(ItemSearchIndex index, string? department)
        {
            _index = index;
            _department = department;
            var n = index._entries.Length;
            Score = ArrayPool<int>.Shared.Rent(Math.Max(n, 1));
            _meta = ArrayPool<long>.Shared.Rent(Math.Max(n, 1));
            Array.Clear(Score, 0, n);
        }

        public int[] Score { get; }
        public List<int> Touched { get; } = [];
        public int Count => Touched.Count;

        public bool AlreadyAtLeast(Field field, int score) => Score[field.Entry] >= score;

        public void Record(Field field, int score, MatchKind kind, int start, int length) =>
            RecordEntry(field.Entry, score, kind, start, length);

        public void RecordEntry(int e, int score, MatchKind kind, int start, int length)
        {
            if (score <= Score[e] || !_index.InDepartment(e, _department))
                return;
            if (Score[e] == 0)
                Touched.Add(e);
            Score[e] = score;
            // kind | (start + 1) | length: no allocation per hit.
            _meta[e] = (long)kind | ((long)(start + 1) << 8) | ((long)length << 32);
        }

        public MatchKind KindOf(int e) => (MatchKind)(_meta[e] & 0xFF);

        public HighlightRange? RangeOf(int e)
        {
            var start = (int)((_meta[e] >> 8) & 0xFFFFFF) - 1;
            return start < 0 ? null : new HighlightRange(start, (int)(_meta[e] >> 32));
        }

        public void Dispose()
        {
            ArrayPool<int>.Shared.Return(Score);
            ArrayPool<long>.Shared.Return(_meta);
        }
    }
}
