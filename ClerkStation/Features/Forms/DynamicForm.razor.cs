using ClerkStation.Domain.Forms;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace ClerkStation.Features.Forms;

/// <summary>
/// Renders a catalog form (<see cref="FormDefinition"/>) over <see cref="FormData"/>, editing the data in place.
/// Validation is <see cref="FormValidator"/> — the same code the server runs — per field as the clerk leaves it and
/// for the whole form through <see cref="ValidateAll"/>.
/// </summary>
public sealed partial class DynamicForm
{
    private readonly DynamicFormContext _context;
    private FormData? _renderedData;
    private IReadOnlyList<FieldError>? _renderedServerErrors;
    private string? _pendingFocus;

    public DynamicForm()
    {
        _context = new DynamicFormContext(NotifyChangedAsync, RequestFocus, () => OnFieldLeft?.Invoke() ?? Task.CompletedTask);
        _fields = RenderFields;
    }

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Parameter, EditorRequired]
    public FormDefinition Form { get; set; } = FormDefinition.Empty;

    /// <summary>The values, edited in place (computed fields are stored too).</summary>
    [Parameter, EditorRequired]
    public FormData Data { get; set; } = new();

    /// <summary>Fired after any value change (typing committed after a pause of <see cref="Typing.DebounceMs"/> or on leaving the field, selection, row added or removed).</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    /// <summary>
    /// Called when the clerk leaves a text field, after its typed value was committed (and <see cref="OnChanged"/> raised).
    /// A plain delegate, not an EventCallback, so leaving a field does not re-render the page holding the form.
    /// </summary>
    [Parameter]
    public Func<Task>? OnFieldLeft { get; set; }

    /// <summary>Errors returned by the server, shown at the field with the same path until that field is edited.</summary>
    [Parameter]
    public IReadOnlyList<FieldError>? ServerErrors { get; set; }

    /// <summary>
    /// The day the form's rules count from (ages, "today" date limits, the ID number's birth date): the center's day,
    /// <c>CenterClock.Today</c>, never the server's. Required: a form without it refuses to render.
    /// </summary>
    [Parameter, EditorRequired]
    public DateOnly Today { get; set; }

    [Parameter]
    public bool ReadOnly { get; set; }

    /// <summary>Prefix of every element id, so two forms on one page do not clash.</summary>
    [Parameter]
    public string IdPrefix { get; set; } = "f";

    /// <summary>The errors shown now: from field checks, <see cref="ValidateAll"/> and the server.</summary>
    public IReadOnlyList<FieldError> CurrentErrors => _context.Errors;

    /// <summary>Validates the whole form, shows every error at its field and focuses the first one.</summary>
    public bool ValidateAll()
    {
        _context.CommitTyped();
        FormEvaluator.ComputeAll(Form, Data, Today);
        var result = FormValidator.Validate(Form, Data, Today);
        _context.SetLocalErrors(result.Errors);
        if (result.Errors.Count > 0)
        {
            RequestFocus(FocusSelector(result.Errors[0].Path));
        }

        RenderAll();
        return result.IsValid;
    }

    protected override void OnParametersSet()
    {
        if (Today == default)
        {
            throw new InvalidOperationException($"{nameof(DynamicForm)} needs {nameof(Today)}: the center's day (CenterClock.Today).");
        }

        _context.Form = Form;
        _context.Root = Data;
        _context.Today = Today;
        _context.ReadOnly = ReadOnly;
        _context.IdPrefix = IdPrefix;

        if (!ReferenceEquals(_renderedData, Data))
        {
            _renderedData = Data;
            _context.ClearLocalErrors();
            FormEvaluator.ComputeAll(Form, Data, Today);
        }

        if (!ReferenceEquals(_renderedServerErrors, ServerErrors))
        {
            _renderedServerErrors = ServerErrors;
            _context.SetServerErrors(ServerErrors);
        }

        _renderAll = true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_pendingFocus is { } selector)
        {
            _pendingFocus = null;
            try
            {
                await JS.InvokeVoidAsync("clerkStation.focus", selector);
            }
            catch (JSDisconnectedException)
            {
                // The circuit went away; nothing to focus.
            }
        }
    }

    /// <summary>The CSS selector of the element to focus for an error at <paramref name="path"/>.</summary>
    internal string FocusSelector(string path)
    {
        var id = "#" + _context.IdFor(path);
        return _context.Resolve(path)?.Field.Kind switch
        {
            FieldKind.Group => id + "-add",
            FieldKind.Radio or FieldKind.MultiSelect => id + " input",
            _ => id,
        };
    }

    private void RequestFocus(string selector) => _pendingFocus = selector;

    private async Task NotifyChangedAsync()
    {
        RenderAll();
        await OnChanged.InvokeAsync();
    }
}
