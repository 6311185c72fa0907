using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Forms;
using MudBlazor;

namespace ClerkStation.Features.Intake;

/// <summary>The counter's drafts: everything typed is saved shortly after the clerk stops typing, restored or discarded on the next open.</summary>
public partial class IntakePage
{
    // Text fields (the applicant's and the catalog form's) commit after Typing.DebounceMs of no typing; this coalesces the
    // commits, ticks and choices that follow into one save, and leaving a form field saves at once.
    private static readonly TimeSpan DraftDelay = TimeSpan.FromMilliseconds(200);

    private CancellationTokenSource? _draftTimer;
    private bool _draftPending;

    private Task ChangedAsync()
    {
        // Save shortly after the clerk stops typing rather than on every keystroke.
        _draftPending = true;
        _draftTimer?.Cancel();
        _draftTimer = new CancellationTokenSource();
        var token = _draftTimer.Token;
        _ = Task.Delay(DraftDelay, token).ContinueWith(
            _ => InvokeAsync(SaveDraftNowAsync), token, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        return Task.CompletedTask;
    }

    /// <summary>
    /// A field was left (a save still waiting for <see cref="DraftDelay"/> happens now): save the draft right after this event. Not awaited in the blur handler, so a click on 受理
    /// that blurred the field is not held behind the draft's write.
    /// </summary>
    private Task FlushDraftSoon()
    {
        _ = InvokeAsync(FlushDraftAsync);
        return Task.CompletedTask;
    }

    private async Task FlushDraftAsync()
    {
        if (_draftPending)
        {
            _draftTimer?.Cancel();
            await SaveDraftNowAsync();
        }
    }

    /// <summary>Saves the draft of this application; a failure is reported, never thrown into the circuit.</summary>
    private async Task SaveDraftNowAsync()
    {
        _draftPending = false;
        if (_target is null || _outcome is not null)
        {
            return;
        }

        try
        {
            var saved = await Mediator.Send(new SaveDraft(_submissionKey, _target.Code, _applicant.ToApplicant(), _data.ToJson(), new Dictionary<string, MaterialStatus>(_materials)));
            if (saved == DraftSaved.AlreadyDecided && !_toldDecidedElsewhere)
            {
                _toldDecidedElsewhere = true;
                Snackbar.Add(L["Intake.DecidedElsewhere"], Severity.Warning);
            }
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            Logger.LogWarning(ex, "Draft of {SubmissionKey} not saved", _submissionKey);
            Snackbar.Add(L["Intake.DraftNotSaved"], Severity.Warning);
        }
    }

    /// <summary>Continues a saved application with its own submission key, so deciding it again cannot make a second case.</summary>
    private async Task RestoreDraftAsync(IntakeDraftData draft)
    {
        if (Store.FindTarget(draft.TargetCode) is { } target)
        {
            // A draft of an opened pre-application keeps its id as the submission key: the link survives a restart.
            _preApplication = await FindWaitingPreApplicationAsync(draft.SubmissionKey);
            _target = target;
            _applicant = ApplicantInput.From(draft.Applicant);
            _data = FormData.FromJson(draft.FormDataJson);
            _materials = new Dictionary<string, MaterialStatus>(draft.Materials);
            _licenceIds = [];
            _submissionKey = draft.SubmissionKey;
            _toldDecidedElsewhere = false;
            FocusForm();
        }

        _drafts = [];
    }

    private async Task DiscardDraftAsync(IntakeDraftData draft)
    {
        _drafts = [.. _drafts.Where(d => d != draft)];
        if (_target is null)
        {
            // The discard button is gone with its offer: the clerk carries on with the next applicant's ID. Asked for
            // before the write, so focus moves with the render that removes the offer; asked for after it, a slow write
            // took the focus back to the ID field from wherever the clerk had already typed on to.
            FocusId();
        }

        await Mediator.Send(new DiscardDraft(draft.SubmissionKey));
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
