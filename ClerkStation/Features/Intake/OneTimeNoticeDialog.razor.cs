using ClerkStation.Domain.Intake;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace ClerkStation.Features.Intake;

/// <summary>The notice as the clerk confirmed it: the lines to record and print, and an optional note.</summary>
public sealed record NoticeReview(IReadOnlyList<NoticeLine> Lines, string Note);

public partial class OneTimeNoticeDialog
{
    private List<NoticeLine> _lines = [];
    private List<NoticeLine> _optional = [];
    private string _free = string.Empty;
    private string _note = string.Empty;
    private int _freeCount;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    /// <summary>The lines the domain proposed.</summary>
    [Parameter]
    public IReadOnlyList<NoticeLine> Lines { get; set; } = [];

    /// <summary>Blanks the clerk may put on the notice when the applicant cannot answer at the window.</summary>
    [Parameter]
    public IReadOnlyList<NoticeLine> Optional { get; set; } = [];

    protected override void OnInitialized()
    {
        _lines = [.. Lines];
        _optional = [.. Optional];
    }

    private string Text(NoticeLine line) =>
        line.Kind == NoticeLineKind.Free ? line.Name.Current : $"{line.Name.Current}{L["Common.Colon"]}{NoticeText.Problem(L, line)}";

    private void Remove(NoticeLine line)
    {
        _lines.Remove(line);
        if (line.ProblemCode == NoticeCodes.FieldMissing)
        {
            _optional.Add(line);
        }
    }

    private void Add(NoticeLine line)
    {
        _optional.Remove(line);
        _lines.Add(line);
    }

    private void AddFree()
    {
        if (!string.IsNullOrWhiteSpace(_free))
        {
            _lines.Add(NoticeLine.Free($"free-{++_freeCount}", _free));
            _free = string.Empty;
        }
    }

    private Task FreeKeyAsync(KeyboardEventArgs e)
    {
        if (e.Key == "Enter")
        {
            AddFree();
        }

        return Task.CompletedTask;
    }

    private void Cancel() => Dialog.Cancel();

    private void Confirm() => Dialog.Close(DialogResult.Ok(new NoticeReview(_lines, _note)));
}
