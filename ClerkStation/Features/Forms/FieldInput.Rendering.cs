using System.Globalization;
using ClerkStation.Domain.Forms;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace ClerkStation.Features.Forms;

/// <summary>The field's markup: a wrapper naming its path (<c>data-field</c>) around the input that fits its kind.</summary>
public sealed partial class FieldInput
{
    /// <summary>
    /// Writes the field at the builder's current position, its frames numbered from 0, as one element naming its path
    /// (<c>data-field</c>); <paramref name="key"/> keys it among its siblings (the fields of a row), so a field that
    /// appears or disappears leaves the others' inputs alone. A native input's control is that element itself, with no
    /// wrapper or region around it: a household row of five fields stays within 128 frames (FieldMarkupTests).
    /// </summary>
    public void Render(RenderTreeBuilder builder, object? key = null)
    {
        _shown = Snapshot();
        switch (Field.Kind)
        {
            case FieldKind.Checkbox:
            case FieldKind.Date:
                builder.OpenElement(0, "div");
                builder.SetKey(key);
                builder.AddAttribute(1, "class", "cs-field mb-3");
                builder.AddAttribute(2, "data-field", Path);
                if (Field.Kind == FieldKind.Date)
                {
                    Date(builder);
                }
                else
                {
                    // A native check box in MudCheckBox's markup (ADR 0026); the message below is ours.
                    builder.AddContent(3, NativeCheckBox.Render(
                        new(Id, Label, Value == "true") { Required = Required, ReadOnly = FormContext.ReadOnly, Error = Error is not null, DescribedBy = DescribedBy },
                        EventCallback.Factory.Create(_owner, Checked)));
                    builder.AddContent(4, FieldMessages.Render(Id, HelperText, ErrorMessage));
                }
                builder.CloseElement();
                break;

            case FieldKind.Select:
                // A native <select> (NativeSelectBox): a MudSelect renders each option twice as components (ADR 0026).
                NativeSelectBox.Write(builder, Markup, Field.Options, _entry.Shown, _owner, Chosen, Left, key);
                break;

            case FieldKind.Computed:
                // Read only, in MudBlazor's filled variant: what the form computed from other fields (age, sex from the ID).
                NativeTextBox.Write(builder, Markup, ComputedText ?? string.Empty, _owner, Typed, Left, key);
                break;

            default:
                // Text, single- or multi-line, is a native input or textarea (NativeTextBox), not a component of its own
                // (ADR 0026). Each keystroke reaches the server (TypedAsync); the value commits after a pause in typing
                // (or on leaving the field), so what is being typed reaches the draft without a blur (ADR 0032).
                NativeTextBox.Write(builder, Markup, _entry.Shown, _owner, Typed, Left, key);
                break;
        }
    }

    /// <summary>What <c>aria-describedby</c> names: the error while there is one, else the field's help, if any.</summary>
    private string? DescribedBy => Error is not null ? Id + "-error" : Field.Help is null ? null : Id + "-help";

    /// <summary>A date: MudBlazor's date picker, typed into or picked, within the catalog's limits ("today" is the center's day).</summary>
    private void Date(RenderTreeBuilder builder)
    {
        var error = ErrorMessage;
        builder.OpenComponent<MudDatePicker>(10);
        builder.AddComponentParameter(11, nameof(MudDatePicker.Date), DateValue);
        builder.AddComponentParameter(12, nameof(MudDatePicker.DateChanged), EventCallback.Factory.Create(_owner, Dated));
        builder.AddComponentParameter(13, nameof(MudDatePicker.Label), Label);
        builder.AddComponentParameter(14, nameof(MudDatePicker.InputId), Id);
        builder.AddComponentParameter(15, nameof(MudDatePicker.Editable), true);
        builder.AddComponentParameter(16, nameof(MudDatePicker.DateFormat), "yyyy-MM-dd");
        builder.AddComponentParameter(17, nameof(MudDatePicker.MinDate), LimitDate(Field.MinDate));
        builder.AddComponentParameter(18, nameof(MudDatePicker.MaxDate), LimitDate(Field.MaxDate));
        builder.AddComponentParameter(19, nameof(MudDatePicker.Required), Required);
        builder.AddComponentParameter(20, nameof(MudDatePicker.RequiredError), _l["Validation.required"].Value);
        builder.AddComponentParameter(21, nameof(MudDatePicker.Error), error is not null);
        builder.AddComponentParameter(22, nameof(MudDatePicker.ErrorText), error);
        builder.AddComponentParameter(23, nameof(MudDatePicker.ErrorId), Id + "-error");
        builder.AddComponentParameter(24, nameof(MudDatePicker.HelperText), HelperText);
        builder.AddComponentParameter(25, nameof(MudDatePicker.ReadOnly), FormContext.ReadOnly);
        builder.AddComponentParameter(26, nameof(MudDatePicker.Variant), Variant.Outlined);
        builder.AddComponentParameter(27, nameof(MudDatePicker.Margin), Margin.Dense);
        builder.CloseComponent();
    }

    private DateTime? DateValue =>
        DateOnly.TryParseExact(Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToDateTime(TimeOnly.MinValue)
            : null;

    private DateTime? LimitDate(string? limit) =>
        limit == "today" ? FormContext.Today.ToDateTime(TimeOnly.MinValue)
        : DateOnly.TryParseExact(limit, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date.ToDateTime(TimeOnly.MinValue)
        : null;
}
