using ClerkStation.Domain.Forms;

namespace ClerkStation.Features.Forms;

public partial class GroupField
{
    private IReadOnlyList<FormData> Rows => Row.GetRows(Field.Key);

    private bool CanAdd => Field.MaxRows is not { } max || Rows.Count < max;

    internal bool CanRemove => Rows.Count > (Field.MinRows ?? 0);

    private string? ErrorMessage => Error is { } error ? FieldErrorText.Format(L, error) : null;

    private Task AddAsync()
    {
        if (!CanAdd)
        {
            return Task.CompletedTask;
        }

        Row.AddRow(Field.Key);
        var newRow = $"{Path}[{Rows.Count - 1}].";
        var first = Field.Fields.FirstOrDefault(f => f.IsInput && f.Kind != FieldKind.Group);
        var focus = first is null ? null : "#" + FormContext.IdFor(newRow + first.Key) + (first.HasOptions && first.Kind != FieldKind.Select ? " input" : string.Empty);
        return FormContext.RowsChangedAsync(Field, Row, Path, focus);
    }

    internal Task RemoveAsync(int index)
    {
        if (!CanRemove)
        {
            return Task.CompletedTask;
        }

        Row.RemoveRow(Field.Key, index);
        return FormContext.RowsChangedAsync(Field, Row, Path, $"#{Id}-add");
    }
}
