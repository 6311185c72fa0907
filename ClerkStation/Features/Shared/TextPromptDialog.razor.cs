using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ClerkStation.Features.Shared;

public partial class TextPromptDialog
{
    private string _text = string.Empty;
    private bool _showError;

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;
    [Parameter] public string Title { get; set; } = string.Empty;
    [Parameter] public string Label { get; set; } = string.Empty;
    [Parameter] public string ConfirmText { get; set; } = string.Empty;
    [Parameter] public int Lines { get; set; } = 3;
    [Parameter] public int MaxLength { get; set; } = 1000;

    /// <summary>False: an empty text is a valid answer (an optional note on approval).</summary>
    [Parameter] public bool Required { get; set; } = true;

    /// <summary>Starts the ids of the title, the text field and the confirm button, which tests and pages find them by.</summary>
    [Parameter] public string IdPrefix { get; set; } = "prompt";

    private string TitleId => IdPrefix + "-title";
    private string TextId => IdPrefix + "-text";
    private string ConfirmId => IdPrefix + "-confirm";

    private void Confirm()
    {
        _showError = Required && string.IsNullOrWhiteSpace(_text);
        if (!_showError)
        {
            Dialog.Close(DialogResult.Ok(_text.Trim()));
        }
    }
}
