using System.Globalization;
using ClerkStation.Domain.Forms;
using ClerkStation.Features.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.Extensions.Localization;

namespace ClerkStation.Features.Forms;

/// <summary>
/// The visible fields of one row of data — the form's top level (<see cref="DynamicForm"/>) or one household row
/// (<see cref="GroupRow"/>) — written into their holder's render tree: a single input as its <see cref="FieldInput"/>'s
/// markup, a section as its heading, a repeating group or a choice list as its component. Hidden fields are not written
/// at all. A component per field was most of a large form's memory per live circuit: each is two render trees and the
/// state beside them (ADR 0026).
/// </summary>
public sealed class RowFields(IHandleEvent owner, Func<Func<Task>, Task> invokeAsync, IStringLocalizer localizer) : IDisposable
{
    private readonly Dictionary<string, FieldInput> _inputs = new(StringComparer.Ordinal);
    private readonly List<(FieldDefinition Field, FieldInput? Input, string Path)> _visible = [];
    private readonly Dictionary<string, string> _paths = new(StringComparer.Ordinal);
    private DynamicFormContext _context = default!;
    private FormData _row = default!;
    private string? _prefix;
    private Shown? _shown;

    /// <summary>What the fields show besides their inputs: which are visible, and the sections' headings.</summary>
    private sealed record Shown(string Fields, string IdPrefix, bool ReadOnly, string Culture);

    /// <summary>
    /// The fields as the holder renders them now: which are visible by the row's values, each input bound to its field.
    /// A field hidden by another's value leaves with what was typed into it and not yet committed.
    /// </summary>
    /// <param name="prefix">The fields' path prefix: empty at the top of the form, <c>members[1].</c> in a row.</param>
    public void Bind(DynamicFormContext context, IReadOnlyList<FieldDefinition> fields, FormData row, string prefix)
    {
        (_context, _row) = (context, row);

        // The paths are kept while the row keeps its place: both render trees of the holder share each string.
        if (!string.Equals(prefix, _prefix, StringComparison.Ordinal))
        {
            _prefix = prefix;
            _paths.Clear();
        }

        _visible.Clear();
        foreach (var field in fields)
        {
            if (!context.IsVisible(field, row))
            {
                continue;
            }

            if (!_paths.TryGetValue(field.Key, out var path))
            {
                _paths[field.Key] = path = prefix + field.Key;
            }
            FieldInput? input = null;
            if (FieldInput.Writes(field.Kind))
            {
                if (!_inputs.TryGetValue(field.Key, out input))
                {
                    _inputs[field.Key] = input = new FieldInput(owner, invokeAsync, localizer);
                }
                input.Bind(context, field, row, path);
            }
            _visible.Add((field, input, path));
        }

        if (_inputs.Count > _visible.Count(v => v.Input is not null))
        {
            foreach (var key in _inputs.Keys.Where(k => !_visible.Exists(v => v.Field.Key == k)).ToList())
            {
                _inputs[key].Dispose();
                _inputs.Remove(key);
            }
        }
    }

    /// <summary>Whether a repeating group or choice list is visible: a component that gets its parameters only when the holder renders.</summary>
    public bool HoldsComponents => _visible.Exists(v => IsComponent(v.Field.Kind));

    /// <summary>Whether what the fields show changed since they were last written: which are visible, or an input's look.</summary>
    public bool Changed() => Snapshot() != _shown || _visible.Exists(v => v.Input?.Changed() == true);

    // The list of visible keys is one string per list for the process: the snapshot is kept by every row of every circuit.
    private Shown Snapshot() => new(
        SharedStrings.Of(string.Join(',', _visible.Select(v => v.Field.Key))), _context.IdPrefix, _context.ReadOnly, CultureInfo.CurrentUICulture.Name);

    /// <summary>Writes the visible fields, each keyed by its key among its siblings, so one that appears or disappears leaves the others alone.</summary>
    public void Render(RenderTreeBuilder builder)
    {
        _shown = Snapshot();
        foreach (var (field, input, path) in _visible)
        {
            if (input is not null)
            {
                input.Render(builder, field.Key);
            }
            else if (field.Kind == FieldKind.Section)
            {
                builder.AddMarkupContent(30, Heading(_context.IdFor(path), field.Label.Current));
            }
            else
            {
                builder.OpenComponent(40, field.Kind == FieldKind.Group ? typeof(GroupField) : typeof(ChoiceField));
                builder.SetKey(field.Key);
                builder.AddComponentParameter(41, nameof(FieldComponentBase.FormContext), _context);
                builder.AddComponentParameter(42, nameof(FieldComponentBase.Field), field);
                builder.AddComponentParameter(43, nameof(FieldComponentBase.Row), _row);
                builder.AddComponentParameter(44, nameof(FieldComponentBase.Path), path);
                builder.CloseComponent();
            }
        }
    }

    /// <summary>A section's heading: one markup frame, one string per id and label for the process.</summary>
    private static string Heading(string id, string label) => SharedStrings.Of(
        $"section:{id}:{label}",
        static h => $"<h3 id=\"{InputMarkup.Html(h.id)}\" class=\"mud-typography mud-typography-h6 mt-6 mb-2\">{InputMarkup.Html(h.label)}</h3>",
        (id, label));

    private static bool IsComponent(FieldKind kind) => kind is FieldKind.Group or FieldKind.Radio or FieldKind.MultiSelect;

    public void Dispose()
    {
        foreach (var input in _inputs.Values)
        {
            input.Dispose();
        }
    }
}
