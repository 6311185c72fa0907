using ClerkStation.Domain.Ratings;
using ClerkStation.Features.Shared;
using ClerkStation.Infrastructure.Realtime;
using MudBlazor;

namespace ClerkStation.Features.Ratings;

public partial class RatingsPanel
{
    private IReadOnlyList<RectificationRow>? _tasks;
    private IReadOnlyList<PendingRating>? _pending;
    private (string Number, string Url, string Image)? _qr;

    protected override Task OnInitializedAsync() => FollowAsync(topic => topic == LiveUpdates.FloorTopic, LoadAsync);

    private async Task LoadAsync()
    {
        _tasks = await Mediator.Send(new GetRectificationTasks());
        _pending = await Mediator.Send(new GetPendingRatings());
    }

    private void ShowQr(PendingRating p)
    {
        var url = Navigation.ToAbsoluteUri(RatingInvitations.PathFor(p.Token)).ToString();
        _qr = (p.CaseNumber, url, RatingInvitations.QrDataUri(url));
    }

    private Task IssueMissing() => SendAsync(async () =>
    {
        var issued = await Mediator.Send(new IssueMissingRatingInvitations());
        Snackbar.Add(L["Invite.Issued", issued], Severity.Info);
    });

    private Task<string?> AskAsync(string title, string label) =>
        TextPromptDialog.AskAsync(Dialogs, title, label, L["Common.Save"]);

    private async Task Callback(RectificationTask t)
    {
        if (await AskAsync(L["Rect.Callback.Title", t.CaseNumber], L["Rect.Callback.Note"]) is { } note)
        {
            await SendAsync(() => Mediator.Send(new RecordRectificationCallback(t.Id, note)).AsTask());
        }
    }

    private async Task Fix(RectificationTask t)
    {
        if (await AskAsync(L["Rect.Fix.Title", t.CaseNumber], L["Rect.Fix.Outcome"]) is { } outcome)
        {
            await SendAsync(() => Mediator.Send(new RecordRectificationFix(t.Id, outcome)).AsTask());
        }
    }

    private async Task Appeal(RectificationTask t)
    {
        if (await AskAsync(L["Rect.Appeal.Title", t.CaseNumber], L["Rect.Appeal.Reason"]) is { } reason)
        {
            await SendAsync(() => Mediator.Send(new AppealRating(t.Id, reason)).AsTask());
        }
    }

    private async Task Decide(RectificationTask t, bool upheld)
    {
        if (await AskAsync(L[upheld ? "Rect.Uphold.Title" : "Rect.Reject.Title", t.CaseNumber], L["Rect.Decision.Note"]) is { } note)
        {
            await SendAsync(() => Mediator.Send(new DecideRatingAppeal(t.Id, upheld, note)).AsTask());
        }
    }

    private Task Close(RectificationTask t) => SendAsync(async () =>
    {
        await Mediator.Send(new CloseRectification(t.Id));
        Snackbar.Add(L["Rect.Closed", t.CaseNumber], Severity.Success);
    });

    private Task SendAsync(Func<Task> action) => UserMessages.SendAsync(L, Snackbar, action, LoadAsync);
}
