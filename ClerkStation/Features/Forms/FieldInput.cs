using System.Globalization;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Forms.Checks;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ClerkStation.Features.Forms;

/// <summary>
/// One field of a catalog form that is a single input (text of any kind, a select, a check box, a date, a computed
/// value), written out by the component that holds it (<see cref="RowFields"/>): the <see cref="DynamicForm"/> for its
/// top-level fields, a <see cref="GroupRow"/> for the fields of a household row. It keeps what the clerk typed or chose (shown until the
/// form hands a different value), the pause before a typed value commits, and what it last rendered. A component per
/// field was most of the largest form's memory per live circuit: each is two render trees and the state
/// beside them (ADR 0026).
/// </summary>
public sealed partial class FieldInput : IDisposable
{
    private readonly IHandleEvent _owner;
    private readonly IStringLocalizer _l;
    private Shown? _shown;
    private InputMarkup? _markup;

    /// <param name="owner">The component that renders the field: it hears the field's events and renders after them.</param>
    /// <param name="invokeAsync">The owner's <c>InvokeAsync</c>: a commit after the typing pause runs on its renderer.</param>
    public FieldInput(IHandleEvent owner, Func<Func<Task>, Task> invokeAsync, IStringLocalizer localizer)
    {
        _owner = owner;
        _l = localizer;
        _invokeAsync = invokeAsync;
    }

    /// <summary>Whether a field of this kind is a <see cref="FieldInput"/>; a section is a heading, a group or choice list a component.</summary>
    public static bool Writes(FieldKind kind) => kind is not (FieldKind.Section or FieldKind.Group or FieldKind.Radio or FieldKind.MultiSelect);

    public DynamicFormContext FormContext { get; private set; } = default!;

    public FieldDefinition Field { get; private set; } = default!;

    /// <summary>The data holding this field: the form's data or one group row.</summary>
    public FormData Row { get; private set; } = default!;

    /// <summary>The error path: <c>idNumber</c> or <c>members[1].monthlyIncome</c>.</summary>
    public string Path { get; private set; } = string.Empty;

    /// <summary>
    /// The field as its holder renders it now. A value the form hands that differs from the one last given (a change made
    /// on the server, or the committed value normalized) replaces what is shown, and a commit still waiting for the
    /// pause is dropped.
    /// </summary>
    public void Bind(DynamicFormContext context, FieldDefinition field, FormData row, string path)
    {
        (FormContext, Field, Row, Path) = (context, field, row, path);
        if (_entry.Receive(Value))
        {
            _pause?.Cancel();
        }
    }

    /// <summary>
    /// Whether what the field shows changed since it was last rendered. The form re-renders from the top after each
    /// committed value, so without this every input of every household row would be written again; a keystroke changes
    /// none of it but whether the field holds text at all (the label moves up), so typing re-renders the field's holder
    /// at most on the first and last character: the input keeps its own text.
    /// </summary>
    public bool Changed() => Snapshot() != _shown;

    private sealed record Shown(
        FieldDefinition Field, FormData Row, string Path, string IdPrefix, bool ReadOnly, string Culture,
        string? Value, bool Required, string? Error, string? Helper, string? Computed, bool Entered);

    private Shown Snapshot() => new(
        Field, Row, Path, FormContext.IdPrefix, FormContext.ReadOnly, CultureInfo.CurrentUICulture.Name, Value, Required,
        ErrorMessage, HelperText, Field.Kind == FieldKind.Computed ? ComputedText : null, _entry.Shown.Length > 0);

    private string Id => FormContext.IdFor(Path);

    private bool Required => FormContext.IsRequired(Field, Row);

    private FieldError? Error => FormContext.ErrorAt(Path);

    private string? Value => Row.Get(Field.Key);

    private string Label => Field.Label.Current;

    private string? ErrorMessage => Error is { } error ? FieldErrorText.Format(_l, error) : null;

    /// <summary>What the native input shows, as markup kept from the last render while it shows the same (<see cref="InputMarkup"/>).</summary>
    private InputMarkup Markup => _markup = InputMarkup.For(
        Field.Kind == FieldKind.Computed
            ? new(Id, Label, Required: false, ReadOnly: true, Error: null, HelperText) { Filled = true, DataField = Path }
            : new(Id, Label, Required, FormContext.ReadOnly, ErrorMessage, HelperText)
            {
                DataField = Path,
                Prefix = Field.Kind == FieldKind.Money ? "¥" : null,
                InputMode = InputModeFor.ToString(),
                Lines = Field.Kind == FieldKind.Textarea ? 3 : 1,
            },
        _markup);

    private InputMode InputModeFor => Field.Kind switch
    {
        FieldKind.Number or FieldKind.Money => InputMode.@decimal,
        FieldKind.Mobile => InputMode.tel,
        _ => InputMode.text,
    };

    /// <summary>Catalog help, plus what a valid resident ID tells (birth date and sex) so the clerk can compare.</summary>
    private string? HelperText
    {
        get
        {
            var help = Field.Help?.Current;
            if (Field.Kind == FieldKind.ResidentId && ResidentIdNumber.Validate(Value, FormContext.Today).Info is { } info)
            {
                var derived = _l["Form.ResidentIdInfo", Iso(info.BirthDate), _l[$"Form.Sex.{SexValue(info.Sex)}"].Value].Value;
                return string.IsNullOrWhiteSpace(help) ? derived : $"{derived} · {help}";
            }

            return string.IsNullOrWhiteSpace(help) ? null : help;
        }
    }

    private string? ComputedText
    {
        get
        {
            var value = FormContext.Compute(Field, Row);
            return Field.Compute?.Op == ComputeOp.Sex && value is not null ? _l[$"Form.Sex.{value}"].Value : value;
        }
    }

    private static string SexValue(Sex sex) => sex == Sex.Male ? "male" : "female";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
