namespace ClerkStation.Domain.Forms;

/// <summary>
/// A rule on form values used by visibleWhen / requiredWhen. A field name resolves in the current group row first,
/// then at the top of the form, as the contract says.
/// </summary>
public abstract record Condition
{
    public abstract bool Evaluate(FormData row, FormData root);

    /// <summary>Every field key the condition reads, so the catalog loader can reject unknown references.</summary>
    public abstract IEnumerable<string> ReferencedFields();

    /// <summary>Every (field, value) pair the condition compares with <c>equals</c> or <c>in</c>, so the loader can check the values exist.</summary>
    public virtual IEnumerable<(string Field, string Value)> ComparedValues() => [];

    public static Condition FieldEquals(string field, string value) => new EqualsCondition(field, value);

    public static Condition FieldIn(string field, params IEnumerable<string> values) => new InCondition(field, [.. values]);

    public static Condition FieldNotEmpty(string field, bool notEmpty = true) => new NotEmptyCondition(field, notEmpty);

    public static Condition All(params IEnumerable<Condition> conditions) => new AllCondition([.. conditions]);

    public static Condition Any(params IEnumerable<Condition> conditions) => new AnyCondition([.. conditions]);

    /// <summary>The values a field has for comparison: a scalar, a multiselect list, or nothing.</summary>
    internal static IReadOnlyList<string> ValuesOf(string field, FormData row, FormData root)
    {
        var data = !ReferenceEquals(row, root) && row.Has(field) ? row : root;
        if (data.IsList(field))
        {
            return data.GetList(field);
        }

        var value = data.Get(field);
        return string.IsNullOrWhiteSpace(value) ? [] : [value.Trim()];
    }

    internal static bool HasValue(string field, FormData row, FormData root)
    {
        var data = !ReferenceEquals(row, root) && row.Has(field) ? row : root;
        if (data.IsGroup(field))
        {
            return data.Rows(field).Count > 0;
        }

        // An unticked checkbox is stored as "false" and means "not given".
        var values = ValuesOf(field, row, root);
        return values.Count > 0 && !(values.Count == 1 && values[0] == "false");
    }
}

/// <summary><c>{ "field": "maritalStatus", "equals": "married" }</c>; for a multiselect: the list contains the value.</summary>
public sealed record EqualsCondition(string Field, string Value) : Condition
{
    public override bool Evaluate(FormData row, FormData root) =>
        ValuesOf(Field, row, root).Contains(Value, StringComparer.Ordinal);

    public override IEnumerable<string> ReferencedFields() => [Field];

    public override IEnumerable<(string Field, string Value)> ComparedValues() => [(Field, Value)];
}

/// <summary><c>{ "field": "category", "in": ["visual", "hearing"] }</c>; for a multiselect: any value in the set.</summary>
public sealed record InCondition(string Field, IReadOnlyList<string> Values) : Condition
{
    public override bool Evaluate(FormData row, FormData root) =>
        ValuesOf(Field, row, root).Any(v => Values.Contains(v, StringComparer.Ordinal));

    public override IEnumerable<string> ReferencedFields() => [Field];

    public override IEnumerable<(string Field, string Value)> ComparedValues() => Values.Select(v => (Field, v));

    public bool Equals(InCondition? other) =>
        other is not null && Field == other.Field && Values.SequenceEqual(other.Values);

    public override int GetHashCode() => HashCode.Combine(Field, Values.Count);
}

/// <summary><c>{ "field": "hasProxy", "notEmpty": true }</c>; <c>false</c> asks for an empty field.</summary>
public sealed record NotEmptyCondition(string Field, bool NotEmpty = true) : Condition
{
    public override bool Evaluate(FormData row, FormData root) => HasValue(Field, row, root) == NotEmpty;

    public override IEnumerable<string> ReferencedFields() => [Field];
}

/// <summary>True when every inner condition is true (an empty list is true).</summary>
public sealed record AllCondition(IReadOnlyList<Condition> Conditions) : Condition
{
    public override bool Evaluate(FormData row, FormData root) => Conditions.All(c => c.Evaluate(row, root));

    public override IEnumerable<string> ReferencedFields() => Conditions.SelectMany(c => c.ReferencedFields());

    public override IEnumerable<(string Field, string Value)> ComparedValues() => Conditions.SelectMany(c => c.ComparedValues());

    public bool Equals(AllCondition? other) => other is not null && Conditions.SequenceEqual(other.Conditions);

    public override int GetHashCode() => Conditions.Count;
}

/// <summary>True when at least one inner condition is true.</summary>
public sealed record AnyCondition(IReadOnlyList<Condition> Conditions) : Condition
{
    public override bool Evaluate(FormData row, FormData root) => Conditions.Any(c => c.Evaluate(row, root));

    public override IEnumerable<string> ReferencedFields() => Conditions.SelectMany(c => c.ReferencedFields());

    public override IEnumerable<(string Field, string Value)> ComparedValues() => Conditions.SelectMany(c => c.ComparedValues());

    public bool Equals(AnyCondition? other) => other is not null && Conditions.SequenceEqual(other.Conditions);

    public override int GetHashCode() => Conditions.Count;
}
