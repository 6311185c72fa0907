namespace ClerkStation.Features.Forms;

public partial class ChoiceField
{
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
