using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
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
    private static readonly TimeSpan DraftDelay = TimeSpan.FromMilliseconds(400);

    private ApplicantInput _applicant = new();
    private IntakeTarget? _target;
    private FormData _data = new();
    private Dictionary<string, MaterialStatus> _materials = [];
    private Guid _submissionKey = Guid.NewGuid();
    private IReadOnlyList<FieldError> _serverErrors = [];
    private IReadOnlyList<ValidationProblem> _problems = [];
    private Applicant? _prefilledFrom;
    private bool _triedAccept;
    private bool _busy;
    private IntakeOutcome? _outcome;
    private IntakeDraftData? _restorable;
    private PickerContext? _pickerContext;
    private ApplicantPanel? _applicantPanel;
    private DynamicForm? _form;
    private CancellationTokenSource? _draftTimer;
    private bool _ready;

    [Inject] private IMediator Mediator { get; set; } = default!;
    [Inject] private CatalogStore Store { get; set; } = default!;
    [Inject] private CatalogSearch Search { get; set; } = default!;
    [Inject] private CenterClock Clock { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

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
        var draft = await Mediator.Send(new GetDraft());
        _restorable = draft is not null && Store.FindTarget(draft.TargetCode) is not null ? draft : null;
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
        _restorable = null;
        _data = new FormData();
        if (_target is not null)
        {
            _prefilledFrom = _applicant.ToApplicant();
            HouseholdPrefill.Apply(_target.Form, _data, _prefilledFrom);
        }

        _materials = [];
        _serverErrors = [];
        _problems = [];
        _triedAccept = false;
        _submissionKey = Guid.NewGuid();
        FocusForm();
        await SaveDraftNowAsync();
    }

    private async Task ChangeItemAsync()
    {
        _target = null;
        _serverErrors = [];
        _problems = [];
        await Mediator.Send(new DiscardDraft());
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
        _draftTimer?.Cancel();
        _draftTimer = new CancellationTokenSource();
        var token = _draftTimer.Token;
        _ = Task.Delay(DraftDelay, token).ContinueWith(
            _ => InvokeAsync(SaveDraftNowAsync), token, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        return Task.CompletedTask;
    }

    private async Task SaveDraftNowAsync()
    {
        if (_target is null || _outcome is not null)
        {
            return;
        }

        await Mediator.Send(new SaveDraft(_target.Code, _applicant.ToApplicant(), _data.ToJson(), new Dictionary<string, MaterialStatus>(_materials)));
    }

    private Task RestoreDraftAsync()
    {
        if (_restorable is { } draft && Store.FindTarget(draft.TargetCode) is { } target)
        {
            _target = target;
            _applicant = ApplicantInput.From(draft.Applicant);
            _data = FormData.FromJson(draft.FormDataJson);
            _materials = new Dictionary<string, MaterialStatus>(draft.Materials);
            _submissionKey = Guid.NewGuid();
        }

        _restorable = null;
        return Task.CompletedTask;
    }

    private async Task DiscardDraftAsync()
    {
        _restorable = null;
        await Mediator.Send(new DiscardDraft());
    }

    private async Task StartOverAsync()
    {
        _outcome = null;
        _target = null;
        _applicant = new ApplicantInput();
        _data = new FormData();
        _materials = [];
        _serverErrors = [];
        _problems = [];
        _triedAccept = false;
        _submissionKey = Guid.NewGuid();
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
            _outcome = await send();
            _restorable = null;
            _draftTimer?.Cancel();
            await Mediator.Send(new DiscardDraft());
        }
        catch (RequestValidationException ex)
        {
            _serverErrors = [.. ex.Problems.Select(p => new FieldError(p.Path, p.Code, p.Args ?? new Dictionary<string, string>()))];
            _problems = ex.Problems;
            _triedAccept = true;
        }
        catch (CaseRuleException ex)
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
