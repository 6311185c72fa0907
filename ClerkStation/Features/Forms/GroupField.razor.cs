using System.Collections.Concurrent;
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

    /// <summary>
    /// Row titles and remove labels by their text (a resource and a row number: a few hundred at most), built once for
    /// the process: a row's label holds the delete icon's SVG, and built per render it would sit in both trees of every
    /// row in every live circuit.
    /// </summary>
    private static readonly ConcurrentDictionary<string, MarkupString> Built = new(StringComparer.Ordinal);

    /// <summary>The row's title and the space that pushes its remove button to the end.</summary>
    private MarkupString RowTitle(int index) => Built.GetOrAdd("title:" + L["Form.Row", index + 1], static key =>
        new($"<p class=\"mud-typography mud-typography-subtitle2\">{InputMarkup.Html(key[6..])}</p><div aria-hidden=\"true\" class=\"flex-grow-1\"></div>"));

    /// <summary>The remove button's label with its start icon, as MudButton writes it.</summary>
    private MarkupString RemoveLabel(int index) => Built.GetOrAdd("remove:" + L["Form.RemoveRow", index + 1], static key =>
        new($"<span class=\"mud-button-label\"><span class=\"mud-button-icon-start mud-button-icon-size-small\">{SvgIcon.Render(Icons.Material.Filled.Delete, "small")}</span>{InputMarkup.Html(key[7..])}</span>"));

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
