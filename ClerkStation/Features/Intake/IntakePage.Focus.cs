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

    [Inject] private IJSRuntime JS { get; set; } = default!;

    private void FocusId() => _pendingFocus = "#applicant-idNumber";

    private void FocusForm() => _pendingFocus = "[data-intake-form]";

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_ready && !_firstFocusDone)
        {
            _firstFocusDone = true;
            _pendingFocus ??= "#applicant-idNumber";
        }

        if (_pendingFocus is not { } selector)
        {
            return;
        }

        _pendingFocus = null;
        try
        {
            await JS.InvokeVoidAsync(selector.StartsWith('#') ? "clerkStation.focus" : "clerkStation.focusFirst", selector);
        }
        catch (JSDisconnectedException)
        {
            // The circuit went away; nothing to focus.
        }
    }
}
