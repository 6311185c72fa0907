using System.Globalization;
using ClerkStation.Domain.Forms;
using ClerkStation.Features.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace ClerkStation.Features.Forms;

/// <summary>One row of a <see cref="GroupField"/> (a household member): its visible fields, each input kept by a <see cref="FieldInput"/>.</summary>
public sealed partial class GroupRow
{
    private readonly Dictionary<string, FieldInput> _inputs = new(StringComparer.Ordinal);
    private readonly List<(FieldDefinition Field, FieldInput? Input, string Path)> _visible = [];
    private readonly Dictionary<string, string> _paths = new(StringComparer.Ordinal);
    private readonly RenderFragment _fields;
    private string _prefix = string.Empty;
    private Shown? _shown;

    public GroupRow() => _fields = RenderFields;

    /// <summary>The group the row belongs to: its form, definition, path and row count.</summary>
    [Parameter, EditorRequired]
    public GroupField Group { get; set; } = default!;

    [Parameter, EditorRequired]
    public FormData Row { get; set; } = default!;

    /// <summary>The row's place in the group, from 0.</summary>
    [Parameter]
    public int Index { get; set; }

    private DynamicFormContext FormContext => Group.FormContext;

    /// <summary>What the row shows besides its inputs: it renders when this or an input's look changed.</summary>
    private sealed record Shown(int Index, bool CanRemove, bool ReadOnly, string IdPrefix, string Culture, string Fields);

    protected override void OnParametersSet()
    {
        // The paths are kept while the row keeps its place: both render trees of the row share each string.
        var prefix = $"{Group.Path}[{Index}].";
        if (!string.Equals(prefix, _prefix, StringComparison.Ordinal))
        {
            _prefix = prefix;
            _paths.Clear();
        }

        _visible.Clear();
        foreach (var field in Group.Field.Fields)
        {
            if (!FormContext.IsVisible(field, Row))
            {
                continue;
            }

            if (!_paths.TryGetValue(field.Key, out var path))
            {
                _paths[field.Key] = path = _prefix + field.Key;
            }
            FieldInput? input = null;
            if (FieldInput.Writes(field.Kind))
            {
                if (!_inputs.TryGetValue(field.Key, out input))
                {
                    _inputs[field.Key] = input = new FieldInput(this, InvokeAsync, L);
                }
                input.Bind(FormContext, field, Row, path);
            }
            _visible.Add((field, input, path));
        }

        // A field hidden by another's value leaves with what was typed into it and not yet committed.
        if (_inputs.Count > _visible.Count(v => v.Input is not null))
        {
            foreach (var key in _inputs.Keys.Where(k => !_visible.Exists(v => v.Field.Key == k)).ToList())
            {
                _inputs[key].Dispose();
                _inputs.Remove(key);
            }
        }
    }

    protected override bool ShouldRender()
    {
        // A section, group or choice list in the row gets its parameters only when the row renders.
        if (_visible.Exists(v => v.Input is null))
        {
            return true;
        }

        return Snapshot() != _shown || _visible.Exists(v => v.Input!.Changed());
    }

    private Shown Snapshot() => new(Index, Group.CanRemove, FormContext.ReadOnly, FormContext.IdPrefix, CultureInfo.CurrentUICulture.Name,
        string.Join(',', _visible.Select(v => v.Field.Key)));

    /// <summary>The row's fields, keyed by their keys among themselves: single inputs as markup, the rest as components.</summary>
    private void RenderFields(RenderTreeBuilder builder)
    {
        _shown = Snapshot();
        foreach (var (field, input, path) in _visible)
        {
            if (input is not null)
            {
                input.Render(builder, field.Key);
                continue;
            }

            DynamicFields.Field(builder, FormContext, field, Row, path);
        }
    }

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

    public void Dispose()
    {
        foreach (var input in _inputs.Values)
        {
            input.Dispose();
        }
    }
}
