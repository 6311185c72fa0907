namespace ClerkStation.Domain.Forms;

/// <summary>The ordered fields of an item's form (templates already expanded) or a bundle's merged form.</summary>
public sealed class FormDefinition
{
    public static readonly FormDefinition Empty = new([]);

    private readonly Dictionary<string, FieldDefinition> _byKey;

    public FormDefinition(IEnumerable<FieldDefinition> fields)
    {
        Fields = [.. fields];
        _byKey = new Dictionary<string, FieldDefinition>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            _byKey.TryAdd(field.Key, field);
        }
    }

    public IReadOnlyList<FieldDefinition> Fields { get; }

    /// <summary>A top-level field by key, or a group column as <c>members.monthlyIncome</c>.</summary>
    public FieldDefinition? Find(string key)
    {
        if (_byKey.TryGetValue(key, out var field))
        {
            return field;
        }

        var dot = key.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && _byKey.TryGetValue(key[..dot], out var group) && group.Kind == FieldKind.Group
            ? group.FindRowField(key[(dot + 1)..])
            : null;
    }

    /// <summary>
    /// One form for a bundle: fields in part order, a key shared by several parts asked once (the first definition
    /// wins). Kind clashes are not resolved here; the catalog loader reports them.
    /// </summary>
    public static FormDefinition Merge(IEnumerable<FormDefinition> forms)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var merged = new List<FieldDefinition>();
        foreach (var field in forms.SelectMany(f => f.Fields))
        {
            if (seen.Add(field.Key))
            {
                merged.Add(field);
            }
        }

        return new FormDefinition(merged);
    }
}
