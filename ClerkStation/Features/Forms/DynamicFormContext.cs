using System.Text;
using ClerkStation.Domain.Forms;

namespace ClerkStation.Features.Forms;

/// <summary>
/// The state one <see cref="DynamicForm"/> shares with its field components: the data, the errors shown at each path
/// (local ones from <see cref="FormValidator"/> and the server's), element ids, and the change pipeline.
/// </summary>
public sealed partial class DynamicFormContext
{
    private readonly Func<Task> _changed;
    private readonly Action<string> _requestFocus;
    private readonly Func<Task> _left;
    private readonly Dictionary<string, (FieldDefinition Field, FormData Row, string? Text)> _typed = new(StringComparer.Ordinal);

    internal DynamicFormContext(Func<Task> changed, Action<string> requestFocus, Func<Task>? left = null)
    {
        _changed = changed;
        _requestFocus = requestFocus;
        _left = left ?? (() => Task.CompletedTask);
    }

    public FormDefinition Form { get; internal set; } = FormDefinition.Empty;

    public FormData Root { get; internal set; } = new();

    public DateOnly Today { get; internal set; }

    public bool ReadOnly { get; internal set; }

    public string IdPrefix { get; internal set; } = "f";

    /// <summary>A stable, CSS-safe element id for a path: <c>members[1].name</c> → <c>f-members-1-name</c>.</summary>
    public string IdFor(string path)
    {
        var id = new StringBuilder(IdPrefix).Append('-');
        foreach (var c in path)
        {
            id.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '-');
        }

        return id.ToString().Replace("--", "-", StringComparison.Ordinal).TrimEnd('-');
    }

    public bool IsVisible(FieldDefinition field, FormData row) => FormEvaluator.IsVisible(field, row, Root);

    public bool IsRequired(FieldDefinition field, FormData row) => FormEvaluator.IsRequired(field, row, Root);

    public string? Compute(FieldDefinition field, FormData row) => FormEvaluator.Compute(field, row, Root, Today);

    /// <summary>The clerk changed a value: validate it, refresh shown errors and computed values, notify the page.</summary>
    public Task ValueChangedAsync(FieldDefinition field, FormData row, string path)
    {
        _server.Remove(path);
        Check(field, row, path);
        RevalidateShown();
        FormEvaluator.ComputeAll(Form, Root, Today);
        return _changed();
    }

    /// <summary>The clerk left a field: show its error (e.g. a required field skipped), without a data change.</summary>
    public void Touched(FieldDefinition field, FormData row, string path)
    {
        if (!_server.ContainsKey(path))
        {
            Check(field, row, path);
        }
    }

    /// <summary>A keystroke in a text field whose value commits later (debounced, or on leaving the field).</summary>
    public void Typed(FieldDefinition field, FormData row, string path, string? text) => _typed[path] = (field, row, text);

    /// <summary>The field's value was committed: nothing of it is pending any more.</summary>
    public void Committed(string path) => _typed.Remove(path);

    /// <summary>
    /// Puts text typed but not yet committed into the data, so a decision taken before the commit (a click on 受理 that
    /// arrives while the field's blur is still being handled, or within the debounce) sees exactly what is on the screen.
    /// </summary>
    public void CommitTyped()
    {
        foreach (var (field, row, text) in _typed.Values)
        {
            row.Set(field.Key, Normalize(field, text));
        }

        _typed.Clear();
    }

    /// <summary>How a typed value is stored: ID and credit-code numbers trimmed and upper-cased.</summary>
    public static string? Normalize(FieldDefinition field, string? value) =>
        field.Kind is FieldKind.ResidentId or FieldKind.CreditCode && value is not null ? value.Trim().ToUpperInvariant() : value;

    /// <summary>The clerk left a text field (its typed value is committed by then): lets the page flush a pending save.</summary>
    public Task LeftAsync() => _left();

    /// <summary>Rows were added or removed: errors under the group's rows no longer line up and are dropped.</summary>
    public Task RowsChangedAsync(FieldDefinition group, FormData row, string path, string? focusSelector)
    {
        var rowPrefix = path + "[";
        foreach (var key in _local.Keys.Where(k => k.StartsWith(rowPrefix, StringComparison.Ordinal)).ToList())
        {
            _local.Remove(key);
        }

        foreach (var key in _server.Keys.Where(k => k == path || k.StartsWith(rowPrefix, StringComparison.Ordinal)).ToList())
        {
            _server.Remove(key);
        }

        if (_local.ContainsKey(path))
        {
            Check(group, row, path);
        }

        RevalidateShown();
        FormEvaluator.ComputeAll(Form, Root, Today);
        if (focusSelector is not null)
        {
            _requestFocus(focusSelector);
        }

        return _changed();
    }

    /// <summary>
    /// The field and the row holding it for a path such as <c>members[1].monthlyIncome</c>; null when the path no
    /// longer exists (a removed row) or names no field.
    /// </summary>
    internal (FieldDefinition Field, FormData Row)? Resolve(string path) => FieldPath.Resolve(Form.Fields, Root, path);
}
