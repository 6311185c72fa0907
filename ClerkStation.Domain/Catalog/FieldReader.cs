using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Json;

namespace ClerkStation.Domain.Catalog;

/// <summary>
/// Reads form fields and conditions for <see cref="CatalogLoader"/>, remembering where each field came from so that
/// checks made after template expansion still point at the right file and JSON path.
/// </summary>
internal sealed partial class FieldReader(ProblemLog log)
{
    private static readonly Dictionary<string, FieldKind> Kinds = new()
    {
        ["text"] = FieldKind.Text,
        ["textarea"] = FieldKind.Textarea,
        ["number"] = FieldKind.Number,
        ["money"] = FieldKind.Money,
        ["date"] = FieldKind.Date,
        ["select"] = FieldKind.Select,
        ["radio"] = FieldKind.Radio,
        ["checkbox"] = FieldKind.Checkbox,
        ["multiselect"] = FieldKind.MultiSelect,
        ["residentId"] = FieldKind.ResidentId,
        ["creditCode"] = FieldKind.CreditCode,
        ["mobile"] = FieldKind.Mobile,
        ["address"] = FieldKind.Address,
        ["group"] = FieldKind.Group,
        ["section"] = FieldKind.Section,
        ["computed"] = FieldKind.Computed,
    };

    private static readonly Dictionary<string, ComputeOp> Ops = new()
    {
        ["sum"] = ComputeOp.Sum,
        ["count"] = ComputeOp.Count,
        ["age"] = ComputeOp.Age,
        ["birthDate"] = ComputeOp.BirthDate,
        ["sex"] = ComputeOp.Sex,
        ["divide"] = ComputeOp.Divide,
    };

    // Which rule properties make sense for which kinds; anything else is most likely a wrong kind.
    private static readonly (string Property, FieldKind[] Kinds)[] RuleProperties =
    [
        ("min", [FieldKind.Number, FieldKind.Money]),
        ("max", [FieldKind.Number, FieldKind.Money]),
        ("minDate", [FieldKind.Date]),
        ("maxDate", [FieldKind.Date]),
        ("minLength", [FieldKind.Text, FieldKind.Textarea, FieldKind.Address]),
        ("maxLength", [FieldKind.Text, FieldKind.Textarea, FieldKind.Address]),
        ("pattern", [FieldKind.Text]),
        ("patternMessage", [FieldKind.Text]),
        ("options", [FieldKind.Select, FieldKind.Radio, FieldKind.MultiSelect]),
        ("fields", [FieldKind.Group]),
        ("minRows", [FieldKind.Group]),
        ("maxRows", [FieldKind.Group]),
        ("compute", [FieldKind.Computed]),
    ];

    private readonly Dictionary<FieldDefinition, (string File, string Path)> _sources = new(ReferenceEqualityComparer.Instance);

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$")]
    private static partial Regex FieldKey();

    [GeneratedRegex(@"^(today|\d{4}-\d{2}-\d{2})$")]
    private static partial Regex DateLimit();

    public static string KindName(FieldKind kind) => Kinds.First(k => k.Value == kind).Key;

    public IReadOnlyList<FieldDefinition> ReadFields(JsonObjectReader owner, string name, bool required, bool inGroup = false)
    {
        var result = new List<FieldDefinition>();
        foreach (var (element, path) in owner.Array(name, required))
        {
            if (ReadField(element, path, inGroup) is { } field)
            {
                result.Add(field);
            }
        }

        return result;
    }

    public Condition? ReadCondition(JsonObjectReader owner, string name) =>
        owner.Get(name) is { } element ? ReadCondition(element, owner.PathOf(name)) : null;

    /// <summary>
    /// Checks made once templates are expanded: duplicate keys, references and compared values of conditions, computes,
    /// and visibleWhen / requiredWhen chains that come back to where they started.
    /// </summary>
    public void CheckForm(IReadOnlyList<FieldDefinition> fields, string? itemCode)
    {
        var top = CheckKeys(fields, itemCode);
        var scopes = new Dictionary<FieldDefinition, IReadOnlyDictionary<string, FieldDefinition>>(ReferenceEqualityComparer.Instance);
        foreach (var field in fields)
        {
            scopes[field] = top;
            CheckFieldReferences(field, top, itemCode);
            if (field.Kind == FieldKind.Group)
            {
                var scope = new Dictionary<string, FieldDefinition>(top, StringComparer.Ordinal);
                foreach (var (key, rowField) in CheckKeys(field.Fields, itemCode))
                {
                    scope[key] = rowField;
                }

                foreach (var rowField in field.Fields)
                {
                    scopes[rowField] = scope;
                    CheckFieldReferences(rowField, scope, itemCode);
                }
            }
        }

        foreach (var (field, property, message) in ConditionCycles.Find(scopes))
        {
            var (file, path) = _sources[field];
            log.Add(file, itemCode, $"{path}.{property}", message);
        }
    }

    /// <summary>Unknown fields, and values a choice or checkbox field can never have (a condition that can never be true).</summary>
    public void CheckReferences(Condition condition, IReadOnlyDictionary<string, FieldDefinition> scope, string path, string file, string? itemCode)
    {
        foreach (var key in condition.ReferencedFields().Distinct().Where(k => !scope.ContainsKey(k)))
        {
            log.Add(file, itemCode, path, $"condition refers to unknown field '{key}'");
        }

        foreach (var (key, value) in condition.ComparedValues().Distinct())
        {
            if (scope.GetValueOrDefault(key) is not { } field)
            {
                continue;
            }

            var allowed = field.Kind switch
            {
                FieldKind.Select or FieldKind.Radio or FieldKind.MultiSelect when field.Options.Count > 0 => field.Options.Select(o => o.Value).ToList(),
                FieldKind.Checkbox => ["true", "false"],
                _ => null,
            };
            if (allowed is not null && !allowed.Contains(value, StringComparer.Ordinal))
            {
                log.Add(file, itemCode, path,
                    $"condition compares '{key}' with '{value}', which is not one of its values ({string.Join(", ", allowed)}): it can never be true");
            }
        }
    }

    private Dictionary<string, FieldDefinition> CheckKeys(IReadOnlyList<FieldDefinition> fields, string? itemCode)
    {
        var keys = new Dictionary<string, FieldDefinition>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (!keys.TryAdd(field.Key, field))
            {
                var (file, path) = _sources[field];
                log.Add(file, itemCode, $"{path}.key", $"duplicate field key '{field.Key}'");
            }
        }

        return keys;
    }

    private void CheckFieldReferences(FieldDefinition field, Dictionary<string, FieldDefinition> scope, string? itemCode)
    {
        var (file, path) = _sources[field];
        if (field.VisibleWhen is { } visible)
        {
            CheckReferences(visible, scope, $"{path}.visibleWhen", file, itemCode);
        }

        if (field.RequiredWhen is { } required)
        {
            CheckReferences(required, scope, $"{path}.requiredWhen", file, itemCode);
        }

        if (field.Compute is { } compute)
        {
            foreach (var message in CheckCompute(compute, scope))
            {
                log.Add(file, itemCode, $"{path}.compute", message);
            }
        }
    }

    private static IEnumerable<string> CheckCompute(ComputeSpec compute, Dictionary<string, FieldDefinition> scope)
    {
        FieldDefinition? Lookup(string key) => scope.GetValueOrDefault(key);
        static bool IsNumeric(FieldDefinition f) => f.Kind is FieldKind.Number or FieldKind.Money or FieldKind.Computed;

        switch (compute.Op)
        {
            case ComputeOp.Sum:
                var parts = compute.Of.Split('.');
                if (parts.Length != 2 || Lookup(parts[0]) is not { Kind: FieldKind.Group } group)
                {
                    yield return $"sum of '{compute.Of}' must name a group column as 'group.field'";
                }
                else if (group.FindRowField(parts[1]) is not { } column || !IsNumeric(column))
                {
                    yield return $"sum of '{compute.Of}': '{parts[1]}' is not a number or money field of group '{parts[0]}'";
                }

                break;
            case ComputeOp.Count:
                if (Lookup(compute.Of) is not { Kind: FieldKind.Group })
                {
                    yield return $"count of '{compute.Of}' must name a group field";
                }

                break;
            case ComputeOp.Age or ComputeOp.BirthDate or ComputeOp.Sex:
                if (Lookup(compute.Of) is not { Kind: FieldKind.ResidentId })
                {
                    yield return $"{Ops.First(o => o.Value == compute.Op).Key} of '{compute.Of}' must name a residentId field";
                }

                break;
            case ComputeOp.Divide:
                foreach (var key in new[] { compute.Of, compute.By })
                {
                    if (key is null)
                    {
                        yield return "divide needs both 'of' and 'by'";
                    }
                    else if (Lookup(key) is not { } operand || !IsNumeric(operand))
                    {
                        yield return $"divide refers to '{key}', which is not a number, money or computed field";
                    }
                }

                break;
        }
    }

    private FieldDefinition? ReadField(JsonElement element, string path, bool inGroup)
    {
        var reader = JsonObjectReader.Open(
            element, path, log, "a field", "key", "kind", "label", "help", "required", "min", "max", "minDate", "maxDate",
            "minLength", "maxLength", "pattern", "patternMessage", "options", "visibleWhen", "requiredWhen", "fields",
            "minRows", "maxRows", "compute");
        if (reader is null)
        {
            return null;
        }

        var key = reader.String("key", required: true, FieldKey());
        var kind = reader.Enum("kind", required: true, Kinds);
        var label = reader.Text("label", required: true, englishRequired: true);
        var help = reader.Text("help", required: false, englishRequired: false);
        var isRequired = reader.Bool("required", required: false);
        var min = reader.Decimal("min");
        var max = reader.Decimal("max");
        var minDate = reader.String("minDate", required: false, DateLimit());
        var maxDate = reader.String("maxDate", required: false, DateLimit());
        var minLength = reader.Int("minLength", required: false, min: 0);
        var maxLength = reader.Int("maxLength", required: false, min: 1);
        var pattern = reader.String("pattern", required: false);
        var patternMessage = reader.Text("patternMessage", required: false, englishRequired: false);
        var visibleWhen = ReadCondition(reader, "visibleWhen");
        var requiredWhen = ReadCondition(reader, "requiredWhen");
        var minRows = reader.Int("minRows", required: false, min: 0);
        var maxRows = reader.Int("maxRows", required: false, min: 1);
        var options = ReadOptions(reader);
        var fields = kind == FieldKind.Group && inGroup
            ? []
            : ReadFields(reader, "fields", required: kind == FieldKind.Group, inGroup: true);
        var compute = ReadCompute(reader, kind == FieldKind.Computed);

        if (kind is { } k)
        {
            CheckRules(reader, k, inGroup, options, fields);
        }

        CheckRange(reader, "min", "max", min, max);
        CheckRange(reader, "minLength", "maxLength", minLength, maxLength);
        CheckRange(reader, "minRows", "maxRows", minRows, maxRows);
        if (minDate is not null && maxDate is not null && DateLimit().IsMatch(minDate) && DateLimit().IsMatch(maxDate)
            && FormValidator.ParseDate(minDate, DateOnly.MinValue) is { } from && FormValidator.ParseDate(maxDate, DateOnly.MinValue) is { } to
            && minDate != "today" && maxDate != "today" && from > to)
        {
            log.Add(reader.PathOf("minDate"), $"minDate {minDate} is after maxDate {maxDate}");
        }

        foreach (var (name, value) in new[] { ("minDate", minDate), ("maxDate", maxDate) })
        {
            if (value is not null && value != "today" && FormValidator.ParseDate(value, DateOnly.MinValue) is null && DateLimit().IsMatch(value))
            {
                log.Add(reader.PathOf(name), $"'{name}' {value} is not a real date");
            }
        }

        if (pattern is not null)
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException ex)
            {
                log.Add(reader.PathOf("pattern"), $"invalid regular expression: {ex.Message}");
            }
        }

        if (key is null || kind is null || label is null)
        {
            return null;
        }

        var field = new FieldDefinition
        {
            Key = key,
            Kind = kind.Value,
            Label = label,
            Help = help,
            Required = isRequired,
            Min = min,
            Max = max,
            MinDate = minDate,
            MaxDate = maxDate,
            MinLength = minLength,
            MaxLength = maxLength,
            Pattern = pattern,
            PatternMessage = patternMessage,
            Options = options,
            VisibleWhen = visibleWhen,
            RequiredWhen = requiredWhen,
            Fields = fields,
            MinRows = minRows,
            MaxRows = maxRows,
            Compute = compute,
        };
        _sources[field] = (log.File, path);
        return field;
    }

    private void CheckRules(JsonObjectReader reader, FieldKind kind, bool inGroup, IReadOnlyList<FieldOption> options, IReadOnlyList<FieldDefinition> fields)
    {
        foreach (var (property, kinds) in RuleProperties)
        {
            if (reader.Has(property) && !kinds.Contains(kind))
            {
                log.Add(reader.PathOf(property), $"'{property}' does not apply to a {KindName(kind)} field");
            }
        }

        if (kind is FieldKind.Select or FieldKind.Radio or FieldKind.MultiSelect && options.Count == 0 && !reader.Has("options"))
        {
            log.Add(reader.PathOf("options"), $"a {KindName(kind)} field needs 'options'");
        }

        if (kind == FieldKind.Group && inGroup)
        {
            log.Add(reader.Path, "groups cannot be nested inside a group");
        }
        else if (kind == FieldKind.Group && reader.Has("fields") && fields.Count == 0)
        {
            log.Add(reader.PathOf("fields"), "a group needs at least one field");
        }
    }

    private void CheckRange<T>(JsonObjectReader reader, string lowName, string highName, T? low, T? high)
        where T : struct, IComparable<T>
    {
        if (low is { } l && high is { } h && l.CompareTo(h) > 0)
        {
            log.Add(reader.PathOf(lowName), string.Create(CultureInfo.InvariantCulture, $"'{lowName}' ({l}) is greater than '{highName}' ({h})"));
        }
    }

    private List<FieldOption> ReadOptions(JsonObjectReader field)
    {
        var options = new List<FieldOption>();
        var elements = field.Array("options", required: false);
        if (field.Has("options") && elements.Count == 0)
        {
            log.Add(field.PathOf("options"), "'options' must not be empty");
        }

        foreach (var (element, path) in elements)
        {
            var reader = JsonObjectReader.Open(element, path, log, "an option", "value", "label");
            var value = reader?.String("value", required: true);
            var label = reader?.Text("label", required: true, englishRequired: true);
            if (value is null || label is null)
            {
                continue;
            }

            if (options.Any(o => o.Value == value))
            {
                log.Add(reader!.PathOf("value"), $"duplicate option value '{value}'");
                continue;
            }

            options.Add(new FieldOption(value, label));
        }

        return options;
    }

    private ComputeSpec? ReadCompute(JsonObjectReader field, bool isComputed)
    {
        if (field.Get("compute") is not { } element)
        {
            if (isComputed)
            {
                log.Add(field.PathOf("compute"), "a computed field needs 'compute'");
            }

            return null;
        }

        var reader = JsonObjectReader.Open(element, field.PathOf("compute"), log, "'compute'", "op", "of", "by");
        var op = reader?.Enum("op", required: true, Ops);
        var of = reader?.String("of", required: true);
        var by = reader?.String("by", required: op == ComputeOp.Divide);
        if (reader is not null && by is not null && op is not null and not ComputeOp.Divide)
        {
            log.Add(reader.PathOf("by"), "'by' only applies to divide");
        }

        return op is null || of is null ? null : new ComputeSpec(op.Value, of, by);
    }

    private Condition? ReadCondition(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var reader = JsonObjectReader.Open(element, path, log, "a condition", "field", "equals", "in", "notEmpty", "all", "any");
        if (reader is null)
        {
            return null;
        }

        var shapes = new[] { "equals", "in", "notEmpty" }.Where(reader.Has).ToList();
        if (reader.Has("all") || reader.Has("any"))
        {
            var name = reader.Has("all") ? "all" : "any";
            if (reader.Has("field") || shapes.Count > 0 || (reader.Has("all") && reader.Has("any")))
            {
                log.Add(path, $"a condition with '{name}' takes nothing else");
            }

            var inner = reader.Array(name, required: true).Select(e => ReadCondition(e.Element, e.Path)).ToList();
            if (inner.Count == 0)
            {
                log.Add(reader.PathOf(name), $"'{name}' needs at least one condition");
            }

            var conditions = inner.OfType<Condition>().ToList();
            return name == "all" ? Condition.All(conditions) : Condition.Any(conditions);
        }

        var field = reader.String("field", required: true);
        if (shapes.Count != 1)
        {
            log.Add(path, "a condition needs exactly one of 'equals', 'in' or 'notEmpty' with 'field', or 'all' / 'any'");
            return null;
        }

        if (field is null)
        {
            return null;
        }

        switch (shapes[0])
        {
            case "equals":
                var value = ConditionValue(reader.Get("equals")!.Value, reader.PathOf("equals"));
                return value is null ? null : Condition.FieldEquals(field, value);
            case "in":
                var values = reader.Array("in", required: true).Select(e => ConditionValue(e.Element, e.Path)).OfType<string>().ToList();
                if (values.Count == 0)
                {
                    log.Add(reader.PathOf("in"), "'in' needs at least one value");
                }

                return Condition.FieldIn(field, values);
            default:
                return Condition.FieldNotEmpty(field, reader.Bool("notEmpty", required: true, fallback: true));
        }
    }

    // Checkbox values compare as "true"/"false", so booleans and numbers are accepted and compared as text.
    private string? ConditionValue(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.True or JsonValueKind.False or JsonValueKind.Number:
                return element.GetRawText();
            default:
                log.Add(path, $"a condition value must be a string, not {JsonObjectReader.Describe(element)}");
                return null;
        }
    }
}
