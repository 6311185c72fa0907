using System.Security.Claims;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Forms;
using ClerkStation.Features.BackOffice.Checks;
using ClerkStation.Features.Shared;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Realtime;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace ClerkStation.Features.BackOffice;

/// <summary>
/// The review page: form (read-only), materials, full applicant data, department checks, timeline, and the actions the
/// state machine allows. Each action is one command; a refusal (someone else holds the case, a lost race) is shown, not thrown.
/// </summary>
public partial class CaseReviewPage
{
    private CaseReview? _review;
    private FormData _data = new();
    private IReadOnlyList<CheckFinding> _findings = [];
    private bool _loaded;
    private bool _viewToRecord;
    private bool _busy;
    private string? _message;
    private string? _userId;
    private IDisposable? _subscription;

    [Parameter] public string Number { get; set; } = string.Empty;

    [Inject] private IMediator Mediator { get; set; } = default!;
    [Inject] private CatalogStore Store { get; set; } = default!;
    [Inject] private CenterClock Clock { get; set; } = default!;
    [Inject] private LiveUpdates Live { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;


    protected override async Task OnInitializedAsync()
    {
        if (!RendererInfo.IsInteractive)
        {
            return;
        }

        _userId = (await AuthenticationState).User.FindFirstValue(ClaimTypes.NameIdentifier);
        // A colleague's change to this case (or the counter recording a supplement, or a new official calendar year) shows at once.
        _subscription = Live.Subscribe(t => t.StartsWith("department:", StringComparison.Ordinal) || t == LiveUpdates.CalendarTopic,
            change => change.CaseNumber == Number || change.Topic == LiveUpdates.CalendarTopic ? InvokeAsync(async () => { await LoadAsync(recordView: false); StateHasChanged(); }) : Task.CompletedTask);
        await LoadAsync();
    }

    private async Task LoadAsync(bool recordView = true)
    {
        _review = await Mediator.Send(new GetCaseReview(Number));
        // Showing the full applicant data is a recorded act of its own (the query itself writes nothing), sent once
        // the page has rendered what it recorded, so the opening never waits for the audit row's commit.
        _viewToRecord |= recordView && _review is not null;
        _data = _review is null ? new FormData() : FormData.FromJson(_review.Case.FormDataJson);
        _findings = _review is null ? [] : await Mediator.Send(new GetDepartmentChecks(Number));
        _loaded = true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_viewToRecord && _loaded && _review is { } shown)
        {
            _viewToRecord = false;
            await Mediator.Send(new RecordCaseView(shown.Case.Id));
        }
    }

    private async Task ActAsync(CaseAction action)
    {
        // The URL names the case by its number (what people read and type); every command names it by the id the
        // review query found in this center (ADR 0009).
        if (_review?.Case.Id is not { } id)
        {
            return;
        }

        ICommand<CaseActionDone>? command = action switch
        {
            CaseAction.Claim => new ClaimCase(id),
            CaseAction.Release => new ReleaseCase(id),
            CaseAction.Resume => new ResumeCase(id),
            CaseAction.Approve => await AskAsync<string>(L["Review.ApproveTitle"], L["Review.Note"], L["Review.Approve"], required: false) is { } note
                ? new ApproveCase(id, note.Length == 0 ? null : note) : null,
            CaseAction.Deny => await AskAsync<string>(L["Review.DenyTitle"], L["Review.Reason"], L["Review.Deny"]) is { } reason
                ? new DenyCase(id, reason) : null,
            CaseAction.Suspend => await AskAsync<string>(L["Review.SuspendTitle"], L["Review.Reason"], L["Review.Suspend"]) is { } why
                ? new SuspendCase(id, why) : null,
            CaseAction.RequestSupplement => await ShowAsync<SupplementDialog, IReadOnlyList<string>>(L["Review.SupplementTitle"], []) is { } needed
                ? new RequestSupplement(id, needed) : null,
            CaseAction.ReturnMisrouted => await ShowAsync<ReturnDialog, (string, string)?>(L["Review.ReturnTitle"],
                new DialogParameters<ReturnDialog> { { d => d.CurrentDepartment, _review?.Case.DepartmentCode ?? string.Empty } }) is { } target
                ? new ReturnMisroutedCase(id, target.Item1, target.Item2) : null,
            _ => null,
        };
        if (command is null)
        {
            return;
        }

        _busy = true;
        _message = await UserMessages.TryAsync(L, async () => await Mediator.Send(command));
        _busy = false;
        if (_message is null)
        {
            Snackbar.Add(L["Review.Done." + action], Severity.Success);
        }

        await LoadAsync();
    }

    private Task<T?> AskAsync<T>(string title, string label, string confirm, bool required = true) =>
        ShowAsync<TextPromptDialog, T>(title, new DialogParameters<TextPromptDialog>
        {
            { d => d.Title, title }, { d => d.Label, label }, { d => d.ConfirmText, confirm }, { d => d.Required, required },
            { d => d.MaxLength, 500 }, { d => d.IdPrefix, "reason" },
        });

    private async Task<T?> ShowAsync<TDialog, T>(string title, DialogParameters parameters)
        where TDialog : IComponent
    {
        var dialog = await Dialogs.ShowAsync<TDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: T data } ? data : default;
    }

    public void Dispose() => _subscription?.Dispose();
}
