namespace ClerkStation.Domain.Search;

// Building the index: every posting list a query needs, computed once from the entries.
public sealed partial class ItemSearchIndex
{
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
}
