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

    /// <summary>The confirm button's colour: <see cref="Color.Error"/> for a step the applicant loses by (a refusal).</summary>
    [Parameter] public Color ConfirmColor { get; set; } = Color.Primary;

    /// <summary>False: an empty text is a valid answer (an optional note on approval).</summary>
    [Parameter] public bool Required { get; set; } = true;

    /// <summary>Starts the ids of the title, the text field and the confirm button, which tests and pages find them by.</summary>
    [Parameter] public string IdPrefix { get; set; } = "prompt";

    private string TitleId => IdPrefix + "-title";
    private string TextId => IdPrefix + "-text";
    private string ConfirmId => IdPrefix + "-confirm";

    /// <summary>Asks for a text in this dialog: the text, trimmed, or null when it is cancelled.</summary>
    public static async Task<string?> AskAsync(IDialogService dialogs, string title, string label, string confirm, int lines = 3)
    {
        var parameters = new DialogParameters<TextPromptDialog>
        {
            { d => d.Title, title },
            { d => d.Label, label },
            { d => d.ConfirmText, confirm },
            { d => d.Lines, lines },
        };
        var dialog = await dialogs.ShowAsync<TextPromptDialog>(title, parameters);
        var result = await dialog.Result;
        return result is { Canceled: false, Data: string text } ? text : null;
    }

    private void Confirm()
    {
        _showError = Required && string.IsNullOrWhiteSpace(_text);
        if (!_showError)
        {
            Dialog.Close(DialogResult.Ok(_text.Trim()));
        }
    }
}
