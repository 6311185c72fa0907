using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Intake;
using ClerkStation.Features.Forms;
using ClerkStation.Features.ItemSearch;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ClerkStation.Features.Intake;

/// <summary>
/// The counter flow: identify the applicant, pick the item, fill the form, tick the materials, decide. Everything typed is
/// saved as a draft while the clerk works; each decision carries a key so a double click records it once.
/// </summary>
public partial class IntakePage
{
    // Text fields (the applicant's and the catalog form's) commit after Typing.DebounceMs of no typing; this coalesces the
    // commits, ticks and choices that follow into one save, and leaving a form field saves at once.
    private static readonly TimeSpan DraftDelay = TimeSpan.FromMilliseconds(200);

    private ApplicantInput _applicant = new();
    private IntakeTarget? _target;
    private FormData _data = new();
    private Dictionary<string, MaterialStatus> _materials = [];
    private Dictionary<string, Guid> _licenceIds = [];
    private Guid _submissionKey = Guid.NewGuid();
    private IReadOnlyList<FieldError> _serverErrors = [];
    private IReadOnlyList<ValidationProblem> _problems = [];
    private Applicant? _prefilledFrom;
    private bool _triedAccept;
    private bool _busy;
    private IntakeOutcome? _outcome;
    private IReadOnlyList<IntakeDraftData> _drafts = [];
    private bool _toldDecidedElsewhere;
    private PickerContext? _pickerContext;
    private ApplicantPanel? _applicantPanel;
    private DynamicForm? _form;
    private CancellationTokenSource? _draftTimer;
    private bool _draftPending;
    private bool _ready;

    [Inject] private IMediator Mediator { get; set; } = default!;
    [Inject] private CatalogStore Store { get; set; } = default!;
    [Inject] private CatalogSearch Search { get; set; } = default!;
    [Inject] private CenterClock Clock { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ILogger<IntakePage> Logger { get; set; } = default!;

    private IReadOnlyList<FieldError> ApplicantErrors => [.. _serverErrors.Where(e => e.Path.StartsWith("applicant.", StringComparison.Ordinal))];

    private IReadOnlyList<FieldError> FormErrors =>
        [.. _serverErrors.Where(e => e.Path.StartsWith("form.", StringComparison.Ordinal)).Select(e => e with { Path = e.Path["form.".Length..] })];

    private bool IsFavourite => _target is not null && _pickerContext?.Favourites.Contains(_target.Code) == true;

    protected override async Task OnInitializedAsync()
    {
        // Prerendering has no circuit yet; the draft and the clerk's history load once the page is live.
        if (!RendererInfo.IsInteractive)
        {
            return;
        }

        _pickerContext = await Mediator.Send(new GetPickerContext());
        _drafts = [.. (await Mediator.Send(new GetDrafts())).Where(d => Store.FindTarget(d.TargetCode) is not null)];
        if (Pre is not null)
        {
            await OpenPreApplicationAsync(Guid.TryParse(Pre, out var pre) ? pre : Guid.Empty);
        }

        _ready = true;
    }

    private async Task OpenAsync(ItemChoice choice)
    {
        if (choice.IsPoliceWindow)
        {
            Snackbar.Add(L["Intake.PoliceWindow", choice.Name.Current], Severity.Warning);
            return;
        }

        _target = Store.FindTarget(choice.Code);
        _drafts = [];
        _data = new FormData();
        if (_target is not null)
        {
            _prefilledFrom = _applicant.ToApplicant();
            HouseholdPrefill.Apply(_target.Form, _data, _prefilledFrom);
        }

        _materials = [];
        _licenceIds = [];
        _serverErrors = [];
        _problems = [];
        _triedAccept = false;
        _submissionKey = Guid.NewGuid();
        _toldDecidedElsewhere = false;
        FocusForm();
        // The form goes to the screen first; its first draft is saved right after (SQLite's calls complete synchronously,
        // so an awaited save here would hold the render back by the length of a write).
        await Task.Yield();
        await SaveDraftNowAsync();
    }

    private async Task ChangeItemAsync()
    {
        _target = null;
        _serverErrors = [];
        _problems = [];
        await Mediator.Send(new DiscardDraft(_submissionKey));
    }

    private async Task ToggleFavouriteAsync()
    {
        if (_target is null)
        {
            return;
        }

        var pinned = await Mediator.Send(new ToggleFavourite(_target.Code));
        Snackbar.Add(pinned ? L["Picker.Pinned"] : L["Picker.Unpinned"], Severity.Info);
        _pickerContext = await Mediator.Send(new GetPickerContext());
    }

    /// <summary>The applicant identified (or corrected) after the item opened: fill the household row's blanks too.</summary>
    private Task ApplicantChangedAsync()
    {
        if (_target is not null)
        {
            var applicant = _applicant.ToApplicant();
            HouseholdPrefill.Apply(_target.Form, _data, applicant, _prefilledFrom);
            _prefilledFrom = applicant;
        }

        return ChangedAsync();
    }

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

    /// <summary>The clerk left a form field: a save still waiting for <see cref="DraftDelay"/> happens now.</summary>
    /// <summary>
    /// A field was left: save the draft right after this event. Not awaited in the blur handler, because MudBlazor
    /// commits text typed within the debounce only once that handler has finished; a click on 受理 that blurred the
    /// field would otherwise run while the save is in flight and decide on the value before the commit.
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

    private async Task StartOverAsync()
    {
        _outcome = null;
        _target = null;
        _preApplication = null;
        _applicant = new ApplicantInput();
        _data = new FormData();
        _materials = [];
        _licenceIds = [];
        _serverErrors = [];
        _problems = [];
        _triedAccept = false;
        _submissionKey = Guid.NewGuid();
        _toldDecidedElsewhere = false;
        FocusId();
        _pickerContext = await Mediator.Send(new GetPickerContext());
    }

    /// <summary>Runs a decision once at a time; maps server-side problems back onto the fields that caused them.</summary>
    private async Task DecideAsync(Func<Task<IntakeOutcome>> send)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        try
        {
            // The decision deletes this application's draft in its own transaction; a save racing with it finds the key
            // decided and writes nothing.
            _outcome = await send();
            _drafts = [];
            _draftTimer?.Cancel();
        }
        catch (RequestValidationException ex)
        {
            _serverErrors = [.. ex.Problems.Select(p => new FieldError(p.Path, p.Code, p.Args ?? new Dictionary<string, string>()))];
            _problems = ex.Problems;
            _triedAccept = true;
        }
        catch (DomainRuleException ex)
        {
            _problems = [new ValidationProblem("decision", ex.Code)];
        }
        catch (AccessDeniedException)
        {
            Snackbar.Add(L["NotAllowed.Body"], Severity.Error);
        }
        finally
        {
            _busy = false;
        }
    }
}
