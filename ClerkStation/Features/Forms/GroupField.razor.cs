using ClerkStation.Domain.Forms;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Forms;

public partial class GroupField
{
    [Parameter, EditorRequired]
    public DynamicFormContext FormContext { get; set; } = default!;

    [Parameter, EditorRequired]
    public FieldDefinition Field { get; set; } = default!;

    [Parameter, EditorRequired]
    public FormData Row { get; set; } = default!;

    [Parameter, EditorRequired]
    public string Path { get; set; } = string.Empty;

    private string Id => FormContext.IdFor(Path);

    private string LabelId => Id + "-label";

    private IReadOnlyList<FormData> Rows => Row.GetRows(Field.Key);

    private bool Required => FormContext.IsRequired(Field, Row);

    private bool CanAdd => Field.MaxRows is not { } max || Rows.Count < max;

    private bool CanRemove => Rows.Count > (Field.MinRows ?? 0);

    private FieldError? Error => FormContext.ErrorAt(Path);

    private bool HasError => Error is not null;

    private string? ErrorMessage => Error is { } error ? FieldErrorText.Format(L, error) : null;

    private string? DescribedBy => HasError ? Id + "-error" : Field.Help is null ? null : Id + "-help";

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

    private Task RemoveAsync(int index)
    {
        if (!CanRemove)
        {
            return Task.CompletedTask;
        }

        Row.RemoveRow(Field.Key, index);
        return FormContext.RowsChangedAsync(Field, Row, Path, $"#{Id}-add");
    }
}
