using System.Text.Json;
using System.Text.RegularExpressions;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Json;

namespace ClerkStation.Domain.Catalog;

/// <summary>
/// Reads form fields for <see cref="CatalogLoader"/>, remembering where each field came from so that checks made after
/// template expansion (<see cref="FormReferenceChecks"/>) still point at the right file and JSON path. A field's
/// options, condition, compute and own rules are read and checked by <see cref="OptionReader"/>,
/// <see cref="ConditionReader"/>, <see cref="ComputeReader"/> and <see cref="FieldRuleChecks"/>.
/// </summary>
internal sealed partial class FieldReader(ProblemLog log)
{
    private readonly Dictionary<FieldDefinition, (string File, string Path)> _sources = new(ReferenceEqualityComparer.Instance);
    private readonly ConditionReader _conditions = new(log);
    private readonly ComputeReader _compute = new(log);
    private readonly FieldRuleChecks _checks = new(log);
    private readonly OptionReader _options = new(log);

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$")]
    private static partial Regex FieldKey();

    public static string KindName(FieldKind kind) => FieldVocabulary.KindName(kind);

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

    public Condition? ReadCondition(JsonObjectReader owner, string name) => _conditions.Read(owner, name);

    /// <summary>
    /// Checks made once templates are expanded: duplicate keys, references and compared values of conditions, computes,
    /// and visibleWhen / requiredWhen chains that come back to where they started.
    /// </summary>
    public void CheckForm(IReadOnlyList<FieldDefinition> fields, string? itemCode) =>
        new FormReferenceChecks(log, _sources).CheckForm(fields, itemCode);

    /// <summary>Unknown fields, and values a choice or checkbox field can never have (a condition that can never be true).</summary>
    public void CheckReferences(Condition condition, IReadOnlyDictionary<string, FieldDefinition> scope, string path, string file, string? itemCode) =>
        new FormReferenceChecks(log, _sources).CheckReferences(condition, scope, path, file, itemCode);

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
        var kind = reader.Enum("kind", required: true, FieldVocabulary.Kinds);
        var label = reader.Text("label", required: true, englishRequired: true);
        var help = reader.Text("help", required: false, englishRequired: false);
        var isRequired = reader.Bool("required", required: false);
        var min = reader.Decimal("min");
        var max = reader.Decimal("max");
        var minDate = reader.String("minDate", required: false, FieldRuleChecks.DateLimit());
        var maxDate = reader.String("maxDate", required: false, FieldRuleChecks.DateLimit());
        var minLength = reader.Int("minLength", required: false, min: 0);
        var maxLength = reader.Int("maxLength", required: false, min: 1);
        var pattern = reader.String("pattern", required: false);
        var patternMessage = reader.Text("patternMessage", required: false, englishRequired: false);
        var visibleWhen = _conditions.Read(reader, "visibleWhen");
        var requiredWhen = _conditions.Read(reader, "requiredWhen");
        var minRows = reader.Int("minRows", required: false, min: 0);
        var maxRows = reader.Int("maxRows", required: false, min: 1);
        var options = _options.Read(reader);
        var fields = kind == FieldKind.Group && inGroup
            ? []
            : ReadFields(reader, "fields", required: kind == FieldKind.Group, inGroup: true);
        var compute = _compute.Read(reader, kind == FieldKind.Computed);

        if (kind is { } k)
        {
            _checks.Rules(reader, k, inGroup, options, fields);
        }

        _checks.Range(reader, "min", "max", min, max);
        _checks.Range(reader, "minLength", "maxLength", minLength, maxLength);
        _checks.Range(reader, "minRows", "maxRows", minRows, maxRows);
        _checks.Dates(reader, minDate, maxDate);
        _checks.Pattern(reader, pattern);

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

}
