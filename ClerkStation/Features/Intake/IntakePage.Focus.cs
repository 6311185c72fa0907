using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace ClerkStation.Features.Intake;

/// <summary>
/// Keyboard flow of the counter: the ID field has focus when the page opens and for the next applicant; once an item
/// opens, focus moves to its first form field (or the first material) instead of dropping to the page.
/// </summary>
public partial class IntakePage
{
    private string? _pendingFocus;
    private bool _firstFocusDone;
    private bool _formUntouched;
    private bool _refocusForm;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    private void FocusId() => _pendingFocus = "#applicant-idNumber";

    private void FocusForm()
    {
        _pendingFocus = "[data-intake-form]";
        _formUntouched = true;
    }

    /// <summary>The household row was filled after the item opened: the first blank may have moved on.</summary>
    private void RefocusFormIfUntouched() => _refocusForm = _formUntouched;

    private Task FormChangedAsync()
    {
        _formUntouched = false;
        return ChangedAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_ready && !_firstFocusDone)
        {
            _firstFocusDone = true;
            _pendingFocus ??= "#applicant-idNumber";
        }

        var selector = _pendingFocus;
        var refocus = _refocusForm && selector is null;
        _refocusForm = false;
        if (selector is null && !refocus)
        {
            return;
        }

        _pendingFocus = null;
        try
        {
            await (selector is null
                ? JS.InvokeVoidAsync("clerkStation.refocusFirst", "[data-intake-form]")
                : JS.InvokeVoidAsync(selector.StartsWith('#') ? "clerkStation.focus" : "clerkStation.focusFirst", selector));
        }
        catch (JSDisconnectedException)
        {
            // The circuit went away; nothing to focus.
        }
    }
}
