using ClerkStation.Domain.Forms;
using ClerkStation.Features.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ClerkStation.Features.Forms;

/// <summary>One row of a <see cref="GroupField"/> (a household member): its card, title, remove button and visible fields (<see cref="RowFields"/>).</summary>
public sealed partial class GroupRow
{
    private readonly RenderFragment _fields;
    private RowFields? _rowFields;
    private Shown? _shown;

    public GroupRow() => _fields = builder =>
    {
        _shown = Snapshot();
        _rowFields!.Render(builder);
    };

    /// <summary>The group the row belongs to: its form, definition, path and row count.</summary>
    [Parameter, EditorRequired]
    public GroupField Group { get; set; } = default!;

    [Parameter, EditorRequired]
    public FormData Row { get; set; } = default!;

    /// <summary>The row's place in the group, from 0.</summary>
    [Parameter]
    public int Index { get; set; }

    private DynamicFormContext FormContext => Group.FormContext;

    /// <summary>What the row shows besides its fields: it renders when this or one of its fields changed.</summary>
    private sealed record Shown(int Index, bool CanRemove, bool ReadOnly);

    protected override void OnParametersSet()
    {
        _rowFields ??= new RowFields(this, InvokeAsync, L);
        _rowFields.Bind(FormContext, Group.Field.Fields, Row, $"{Group.Path}[{Index}].");
    }

    // A nested group or choice list in the row gets its parameters only when the row renders.
    protected override bool ShouldRender() => _rowFields!.HoldsComponents || Snapshot() != _shown || _rowFields.Changed();

    private Shown Snapshot() => new(Index, Group.CanRemove, FormContext.ReadOnly);

    private Task RemoveAsync() => Group.RemoveAsync(Index);

    private string AriaLabel => SharedStrings.Of(L["Form.RowOf", Group.Field.Label.Current, Index + 1].Value);

    /// <summary>The row's title and the space that pushes its remove button to the end (one string per title for the process).</summary>
    private MarkupString RowTitle
    {
        get
        {
            var title = L["Form.Row", Index + 1].Value;
            return new(SharedStrings.Of("row-title:" + title, static title =>
                $"<p class=\"mud-typography mud-typography-subtitle2\">{InputMarkup.Html(title)}</p><div aria-hidden=\"true\" class=\"flex-grow-1\"></div>", title));
        }
    }

    /// <summary>
    /// The remove button's label with its start icon, as MudButton writes it: built once for the process per label, as
    /// it holds the icon's SVG, which built per render would sit in both trees of every row in every live circuit.
    /// </summary>
    private MarkupString RemoveLabel
    {
        get
        {
            var label = L["Form.RemoveRow", Index + 1].Value;
            return new(SharedStrings.Of("row-remove:" + label, static label =>
                $"<span class=\"mud-button-label\"><span class=\"mud-button-icon-start mud-button-icon-size-small\">{SvgIcon.Render(Icons.Material.Filled.Delete, "small")}</span>{InputMarkup.Html(label)}</span>", label));
        }
    }

    public void Dispose() => _rowFields?.Dispose();
}
