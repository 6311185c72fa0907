using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Json;

namespace ClerkStation.Domain.Catalog;

/// <summary>A computed field's 'compute' (sum, count, age, birthDate, sex, divide): read, and checked against the fields it names.</summary>
internal sealed class ComputeReader(ProblemLog log)
{
    public ComputeSpec? Read(JsonObjectReader field, bool isComputed)
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
        var op = reader?.Enum("op", required: true, FieldVocabulary.Ops);
        var of = reader?.String("of", required: true);
        var by = reader?.String("by", required: op == ComputeOp.Divide);
        if (reader is not null && by is not null && op is not null and not ComputeOp.Divide)
        {
            log.Add(reader.PathOf("by"), "'by' only applies to divide");
        }

        return op is null || of is null ? null : new ComputeSpec(op.Value, of, by);
    }

    /// <summary>What is wrong with the fields a compute names, in the scope it is evaluated in (a group row sees the top level too).</summary>
    public static IEnumerable<string> Check(ComputeSpec compute, Dictionary<string, FieldDefinition> scope)
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
                    yield return $"{FieldVocabulary.OpName(compute.Op)} of '{compute.Of}' must name a residentId field";
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
}
