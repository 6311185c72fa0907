using ClerkStation.Domain.Forms;

namespace ClerkStation.Domain.Catalog;

/// <summary>
/// Finds visibleWhen / requiredWhen conditions that depend on themselves: a field whose condition reads the field
/// itself, or a chain (A depends on B depends on … on A) of any length. Either makes whether a field shows, or must
/// be filled, depend on the order the form is evaluated in, so the catalog rejects them.
/// </summary>
internal static class ConditionCycles
{
    private const string Visible = "visibleWhen";
    private const string Required = "requiredWhen";

    /// <param name="scopes">Each field with the fields its conditions can name (the top of the form, plus its row's for a group column).</param>
    public static IEnumerable<(FieldDefinition Field, string Property, string Message)> Find(
        IReadOnlyDictionary<FieldDefinition, IReadOnlyDictionary<string, FieldDefinition>> scopes)
    {
        var edges = new Dictionary<FieldDefinition, List<(FieldDefinition To, string Property)>>(ReferenceEqualityComparer.Instance);
        foreach (var (field, scope) in scopes)
        {
            edges[field] = [.. Edges(field, scope)];
            foreach (var (_, property) in edges[field].Where(e => ReferenceEquals(e.To, field)))
            {
                yield return (field, property, $"{property} refers to the field itself ('{field.Key}')");
            }
        }

        var state = new Dictionary<FieldDefinition, bool>(ReferenceEqualityComparer.Instance); // false: on the path, true: done
        var path = new List<(FieldDefinition Field, string Property)>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<(FieldDefinition, string, string)>();
        foreach (var start in edges.Keys)
        {
            Visit(start);
        }

        foreach (var cycle in found)
        {
            yield return cycle;
        }

        void Visit(FieldDefinition field)
        {
            if (state.ContainsKey(field))
            {
                return;
            }

            state[field] = false;
            foreach (var edge in edges[field].Where(e => !ReferenceEquals(e.To, field)))
            {
                path.Add((field, edge.Property));
                if (state.TryGetValue(edge.To, out var done) && !done)
                {
                    Report(path.SkipWhile(p => !ReferenceEquals(p.Field, edge.To)).ToList());
                }
                else
                {
                    Visit(edge.To);
                }

                path.RemoveAt(path.Count - 1);
            }

            state[field] = true;
        }

        void Report(List<(FieldDefinition Field, string Property)> cycle)
        {
            var keys = cycle.Select(c => c.Field.Key).ToList();
            if (reported.Add(string.Join(",", keys.Order(StringComparer.Ordinal))))
            {
                var chain = string.Join(" → ", cycle.Select(c => $"{c.Field.Key} ({c.Property})").Append(cycle[0].Field.Key));
                found.Add((cycle[0].Field, cycle[0].Property, $"visibleWhen / requiredWhen conditions form a cycle: {chain}"));
            }
        }
    }

    private static IEnumerable<(FieldDefinition To, string Property)> Edges(FieldDefinition field, IReadOnlyDictionary<string, FieldDefinition> scope)
    {
        foreach (var (condition, property) in new[] { (field.VisibleWhen, Visible), (field.RequiredWhen, Required) })
        {
            foreach (var key in condition?.ReferencedFields().Distinct(StringComparer.Ordinal) ?? [])
            {
                if (scope.TryGetValue(key, out var target))
                {
                    yield return (target, property);
                }
            }
        }
    }
}
