using System.Globalization;
using System.Text.RegularExpressions;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Json;

namespace ClerkStation.Domain.Catalog;

/// <summary>Checks one field's own properties: rules that fit its kind, low/high limits in order, real dates, a valid pattern.</summary>
internal sealed partial class FieldRuleChecks(ProblemLog log)
{
    [GeneratedRegex(@"^(today|\d{4}-\d{2}-\d{2})$")]
    public static partial Regex DateLimit();

    public void Rules(JsonObjectReader reader, FieldKind kind, bool inGroup, IReadOnlyList<FieldOption> options, IReadOnlyList<FieldDefinition> fields)
    {
        foreach (var (property, kinds) in FieldVocabulary.RuleProperties)
        {
            if (reader.Has(property) && !kinds.Contains(kind))
            {
                log.Add(reader.PathOf(property), $"'{property}' does not apply to a {FieldVocabulary.KindName(kind)} field");
            }
        }

        if (kind is FieldKind.Select or FieldKind.Radio or FieldKind.MultiSelect && options.Count == 0 && !reader.Has("options"))
        {
            log.Add(reader.PathOf("options"), $"a {FieldVocabulary.KindName(kind)} field needs 'options'");
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

    public void Range<T>(JsonObjectReader reader, string lowName, string highName, T? low, T? high)
        where T : struct, IComparable<T>
    {
        if (low is { } l && high is { } h && l.CompareTo(h) > 0)
        {
            log.Add(reader.PathOf(lowName), string.Create(CultureInfo.InvariantCulture, $"'{lowName}' ({l}) is greater than '{highName}' ({h})"));
        }
    }

    public void Dates(JsonObjectReader reader, string? minDate, string? maxDate)
    {
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
    }

    public void Pattern(JsonObjectReader reader, string? pattern)
    {
        if (pattern is null)
        {
            return;
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException ex)
        {
            log.Add(reader.PathOf("pattern"), $"invalid regular expression: {ex.Message}");
        }
    }
}
