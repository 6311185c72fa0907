using ClerkStation.Domain.Forms;
using ClerkStation.Features.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ClerkStation.Features.Forms;

public partial class GroupField
{
    private IReadOnlyList<FormData> Rows => Row.GetRows(Field.Key);

    private bool CanAdd => Field.MaxRows is not { } max || Rows.Count < max;

    private bool CanRemove => Rows.Count > (Field.MinRows ?? 0);

    /// <summary>The row's title and the space that pushes its remove button to the end (one string per title for the process).</summary>
    private MarkupString RowTitle(int index)
    {
        var title = L["Form.Row", index + 1].Value;
        return new(SharedStrings.Of("row-title:" + title, static title =>
            $"<p class=\"mud-typography mud-typography-subtitle2\">{InputMarkup.Html(title)}</p><div aria-hidden=\"true\" class=\"flex-grow-1\"></div>", title));
    }

    /// <summary>
    /// The remove button's label with its start icon, as MudButton writes it: built once for the process per label, as
    /// it holds the icon's SVG, which built per render would sit in both trees of every row in every live circuit.
    /// </summary>
    private MarkupString RemoveLabel(int index)
    {
        var label = L["Form.RemoveRow", index + 1].Value;
        return new(SharedStrings.Of("row-remove:" + label, static label =>
            $"<span class=\"mud-button-label\"><span class=\"mud-button-icon-start mud-button-icon-size-small\">{SvgIcon.Render(Icons.Material.Filled.Delete, "small")}</span>{InputMarkup.Html(label)}</span>", label));
    }

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
