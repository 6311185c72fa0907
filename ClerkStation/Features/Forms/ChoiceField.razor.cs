using ClerkStation.Domain.Forms;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Forms;

public partial class ChoiceField
{
    internal const string VisuallyHidden =
        "position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0";

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

    private bool Required => FormContext.IsRequired(Field, Row);

    private FieldError? Error => FormContext.ErrorAt(Path);

    private bool HasError => Error is not null;

    private string? ErrorMessage => Error is { } error ? FieldErrorText.Format(L, error) : null;

    private string? DescribedBy => HasError ? Id + "-error" : Field.Help is null ? null : Id + "-help";

    private IReadOnlyList<string> Selected => Row.GetList(Field.Key);

    private Task SetAsync(string? value)
    {
        Row.Set(Field.Key, value);
        return FormContext.ValueChangedAsync(Field, Row, Path);
    }

    private Task ToggleAsync(string value, bool selected)
    {
        // Keep the catalog's option order whatever order the clerk ticks in.
        var chosen = Selected.ToHashSet(StringComparer.Ordinal);
        if (selected)
        {
            chosen.Add(value);
        }
        else
        {
            chosen.Remove(value);
        }

        Row.SetList(Field.Key, Field.Options.Select(o => o.Value).Where(chosen.Contains));
        return FormContext.ValueChangedAsync(Field, Row, Path);
    }
}
