using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Intake;
using ClerkStation.Features.Forms;
using ClerkStation.Features.ItemSearch;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Catalog;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ClerkStation.Features.Intake;

/// <summary>
/// The counter flow: identify the applicant, pick the item, fill the form, tick the materials, decide. Everything typed is
/// saved as a draft while the clerk works; each decision carries a key so a double click records it once.
/// </summary>
public partial class IntakePage
{
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

    private async Task StartOverAsync()
    {
        _outcome = null;
        _target = null;
        _preApplication = null;
        _applicant = new ApplicantInput();
        _data = new FormData();
        StartNewApplication();
        FocusId();
        _pickerContext = await Mediator.Send(new GetPickerContext());
    }

    /// <summary>A new application on this page: nothing ticked or decided yet, and a new key so its decision is its own.</summary>
    private void StartNewApplication()
    {
        _materials = [];
        _licenceIds = [];
        _serverErrors = [];
        _problems = [];
        _triedAccept = false;
        _submissionKey = Guid.NewGuid();
        _toldDecidedElsewhere = false;
    }
}
