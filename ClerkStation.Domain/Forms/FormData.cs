namespace ClerkStation.Domain.Forms;

/// <summary>
/// Submitted form values keyed by field key: scalars as strings, multiselect values as string lists, groups as rows.
/// JSON shape per the contract: <c>{ "size": "3", "reasons": ["illness"], "members": [ { "name": "王芳" } ] }</c>.
/// </summary>
public sealed partial class FormData
{
    // One ordered map keeps key order stable for a lossless JSON round trip.
    // A value is string? (scalar), List<string> (list) or List<FormData> (group rows).
    private readonly List<string> _order = [];
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    public IEnumerable<string> Keys => _order;

    public bool Has(string key) => _values.ContainsKey(key);

    public bool IsList(string key) => _values.TryGetValue(key, out var v) && v is List<string>;

    public bool IsGroup(string key) => _values.TryGetValue(key, out var v) && v is List<FormData>;

    /// <summary>The scalar value, or null when missing or not a scalar.</summary>
    public string? Get(string key) => _values.TryGetValue(key, out var v) ? v as string : null;

    public FormData Set(string key, string? value)
    {
        Put(key, value);
        return this;
    }

    /// <summary>The multiselect values; empty when missing.</summary>
    public IReadOnlyList<string> GetList(string key) =>
        _values.TryGetValue(key, out var v) && v is List<string> list ? list : [];

    public FormData SetList(string key, IEnumerable<string> values)
    {
        Put(key, values.ToList());
        return this;
    }

    /// <summary>The rows of a group; an empty list is created (and stored) when missing.</summary>
    public List<FormData> Rows(string groupKey)
    {
        if (_values.TryGetValue(groupKey, out var v))
        {
            if (v is List<FormData> rows)
            {
                return rows;
            }

            // An empty JSON array could be either shape; it becomes rows once asked for as rows.
            if (v is List<string> { Count: 0 })
            {
                var converted = new List<FormData>();
                _values[groupKey] = converted;
                return converted;
            }
        }

        var created = new List<FormData>();
        Put(groupKey, created);
        return created;
    }

    /// <summary>The rows of a group without creating anything; empty when missing or not a group.</summary>
    public IReadOnlyList<FormData> GetRows(string groupKey) =>
        _values.TryGetValue(groupKey, out var v) && v is List<FormData> rows ? rows : [];

    public FormData AddRow(string groupKey)
    {
        var row = new FormData();
        Rows(groupKey).Add(row);
        return row;
    }

    public void RemoveRow(string groupKey, int index)
    {
        var rows = Rows(groupKey);
        if (index >= 0 && index < rows.Count)
        {
            rows.RemoveAt(index);
        }
    }

    public bool Remove(string key)
    {
        _order.Remove(key);
        return _values.Remove(key);
    }

    /// <summary>A deep copy: rows and lists are not shared.</summary>
    public FormData Clone()
    {
        var copy = new FormData();
        foreach (var key in _order)
        {
            copy.Put(key, _values[key] switch
            {
                List<string> list => list.ToList(),
                List<FormData> rows => rows.Select(r => r.Clone()).ToList(),
                var scalar => scalar,
            });
        }

        return copy;
    }

    public override string ToString() => ToJson();

    private void Put(string key, object? value)
    {
        if (!_values.ContainsKey(key))
        {
            _order.Add(key);
        }

        _values[key] = value;
    }
}
