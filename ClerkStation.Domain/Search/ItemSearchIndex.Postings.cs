using System.Buffers;

namespace ClerkStation.Domain.Search;

// The index's inner structures: postings, searchable fields and the per-term match buffers.
public sealed partial class ItemSearchIndex
{
    private readonly record struct Posting(int Field, int Token);

    private readonly record struct FuzzyStart(int Field, int Form, int Offset);

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
