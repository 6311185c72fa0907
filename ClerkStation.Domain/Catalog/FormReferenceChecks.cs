using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Json;

namespace ClerkStation.Domain.Catalog;

/// <summary>
/// Checks a form once its templates are expanded, reporting each problem at the file and path the field was read from.
/// </summary>
internal sealed class FormReferenceChecks(ProblemLog log, IReadOnlyDictionary<FieldDefinition, (string File, string Path)> sources)
{
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
            var (file, path) = sources[field];
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
                var (file, path) = sources[field];
                log.Add(file, itemCode, $"{path}.key", $"duplicate field key '{field.Key}'");
            }
        }

        return keys;
    }

    private void CheckFieldReferences(FieldDefinition field, Dictionary<string, FieldDefinition> scope, string? itemCode)
    {
        var (file, path) = sources[field];
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
            foreach (var message in ComputeReader.Check(compute, scope))
            {
                log.Add(file, itemCode, $"{path}.compute", message);
            }
        }
    }
}
