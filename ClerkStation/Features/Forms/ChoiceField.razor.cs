namespace ClerkStation.Features.Forms;

public partial class ChoiceField
{
    internal const string VisuallyHidden =
        "position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0";

    private string? ErrorMessage => Error is { } error ? FieldErrorText.Format(L, error) : null;

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
