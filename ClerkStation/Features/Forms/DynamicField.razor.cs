using System.Globalization;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Forms.Checks;
using MudBlazor;

namespace ClerkStation.Features.Forms;

/// <summary>One field of a form or a group row, rendered with the MudBlazor input that fits its kind.</summary>
public sealed partial class DynamicField
{
    private Shown? _shown;

    /// <summary>
    /// Everything this field shows. The form re-renders from the top after each committed value (and its page after
    /// each change), so without this every input of every household row would be handed its parameters again; a
    /// field renders only when what it shows changed (ADR 0026). A keystroke (<see cref="TypedAsync"/>) changes none of
    /// it but whether the field holds text at all (the label moves up), so typing re-renders the field at most on its
    /// first and last character: the input keeps its own text. Containers (groups, choice
    /// lists) always render and leave the decision to their fields.
    /// </summary>
    private sealed record Shown(
        FieldDefinition Field, FormData Row, string Path, string IdPrefix, bool ReadOnly, string Culture,
        string? Value, bool Required, string? Error, string? Helper, string? Computed, bool Entered);

    protected override bool ShouldRender()
    {
        if (Field.Kind is FieldKind.Group or FieldKind.Radio or FieldKind.MultiSelect)
        {
            return true;
        }

        var shown = Snapshot();
        if (shown == _shown)
        {
            return false;
        }

        _shown = shown;
        return true;
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _shown ??= Snapshot();
        }
    }

    private Shown Snapshot() => new(
        Field, Row, Path, FormContext.IdPrefix, FormContext.ReadOnly, CultureInfo.CurrentUICulture.Name, Value, Required,
        ErrorMessage, HelperText, Field.Kind == FieldKind.Computed ? ComputedText : null,
        _entry.Shown.Length > 0);

    private string Label => Field.Label.Current;

    private InputMarkup? _markup;

    /// <summary>What the native input shows, as markup kept from the last render while it shows the same (<see cref="InputMarkup"/>).</summary>
    private InputMarkup Markup => _markup = InputMarkup.For(
        Field.Kind == FieldKind.Computed
            ? new(Id, Label, Required: false, ReadOnly: true, Error: null, HelperText) { Filled = true }
            : new(Id, Label, Required, FormContext.ReadOnly, ErrorMessage, HelperText)
            {
                Prefix = Field.Kind == FieldKind.Money ? "¥" : null,
                InputMode = InputModeFor.ToString(),
                Lines = Field.Kind == FieldKind.Textarea ? 3 : 1,
            },
        _markup);

    private string? Value => Row.Get(Field.Key);

    private string? ErrorMessage => Error is { } error ? FieldErrorText.Format(L, error) : null;

    private DateTime? DateValue =>
        DateOnly.TryParseExact(Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToDateTime(TimeOnly.MinValue)
            : null;

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
                var derived = L["Form.ResidentIdInfo", Iso(info.BirthDate), L[$"Form.Sex.{SexValue(info.Sex)}"].Value].Value;
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
            return Field.Compute?.Op == ComputeOp.Sex && value is not null ? L[$"Form.Sex.{value}"].Value : value;
        }
    }

    private DateTime? LimitDate(string? limit) =>
        limit == "today" ? FormContext.Today.ToDateTime(TimeOnly.MinValue)
        : DateOnly.TryParseExact(limit, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date.ToDateTime(TimeOnly.MinValue)
        : null;

    private static string SexValue(Sex sex) => sex == Sex.Male ? "male" : "female";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
