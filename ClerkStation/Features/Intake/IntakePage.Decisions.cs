using ClerkStation.Domain.Intake;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ClerkStation.Features.Intake;

public partial class IntakePage
{
    private bool ApplicantIsValid() => _applicantPanel is null || _applicantPanel.Validate().Count == 0;

    private async Task AcceptAsync()
    {
        if (_target is null || _busy)
        {
            return;
        }

        _triedAccept = true;
        var applicantOk = ApplicantIsValid();
        var formOk = _form?.ValidateAll() ?? true;
        var missing = _target.RequiredMaterials(_data).Count(m => MaterialRules.IsMissing(m, true, _materials.TryGetValue(m.Code, out var s) ? s : null));
        if (!applicantOk || !formOk || missing > 0)
        {
            Snackbar.Add(missing > 0 ? L["Intake.CannotAcceptMissing", missing] : L["Intake.FixErrors"], Severity.Warning);
            return;
        }

        var command = new SubmitApplication(_submissionKey, _target.Code, _applicant.ToApplicant(), _data.ToJson(), new Dictionary<string, Domain.Cases.MaterialStatus>(_materials));
        await DecideAsync(async () => await Mediator.Send(command));
    }

    private async Task NoticeAsync()
    {
        if (_target is null || _busy)
        {
            return;
        }

        if (!ApplicantIsValid())
        {
            Snackbar.Add(L["Intake.IdentifyFirst"], Severity.Warning);
            return;
        }

        _form?.ValidateAll();
        var lines = NoticeLines.Build(_target, _data, _materials, _form?.CurrentErrors ?? [], L);
        if (lines.Count == 0)
        {
            Snackbar.Add(L["Notice.NothingMissing"], Severity.Info);
            return;
        }

        var parameters = new DialogParameters<OneTimeNoticeDialog> { { d => d.Lines, lines } };
        var dialog = await Dialogs.ShowAsync<OneTimeNoticeDialog>(L["Notice.DialogTitle"], parameters, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: string note })
        {
            var command = new IssueOneTimeNotice(_submissionKey, _target.Code, _applicant.ToApplicant(), lines, note);
            await DecideAsync(async () => await Mediator.Send(command));
        }
    }

    private async Task RefuseAsync()
    {
        if (_target is null || _busy)
        {
            return;
        }

        if (!ApplicantIsValid())
        {
            Snackbar.Add(L["Intake.IdentifyFirst"], Severity.Warning);
            return;
        }

        var dialog = await Dialogs.ShowAsync<RefuseDialog>(L["Refuse.DialogTitle"], new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: string reason })
        {
            var command = new RefuseApplication(_submissionKey, _target.Code, _applicant.ToApplicant(), reason);
            await DecideAsync(async () => await Mediator.Send(command));
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Leaving the page mid-form: keep what was typed.
        if (_draftTimer is { IsCancellationRequested: false })
        {
            await _draftTimer.CancelAsync();
            try
            {
                await SaveDraftNowAsync();
            }
            catch (Exception ex) when (ex is ObjectDisposedException or InvalidOperationException)
            {
                // The circuit is going away (its services may be disposed); the last debounced save stands.
                Logger.LogInformation(ex, "Last draft save skipped while the page closed");
            }
        }

        _draftTimer?.Dispose();
        GC.SuppressFinalize(this);
    }
}
