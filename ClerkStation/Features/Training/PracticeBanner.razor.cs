using ClerkStation.Infrastructure.Practice;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Training;

public partial class PracticeBanner
{
    private ActiveRunView? _active;
    private Guid? _finishedRun;
    private bool _showPersona;

    protected override async Task OnInitializedAsync()
    {
        Events.RunFinished += OnRunFinished;
        Events.RunStarted += OnRunStarted;
        Workspace.Changed += OnChanged;
        await Workspace.EnsureResolvedAsync();
        if (Workspace.IsPractice && RendererInfo.IsInteractive)
        {
            _active = await Mediator.Send(new GetActiveRun());
        }
    }

    private void OnRunFinished(Guid runId) => _ = InvokeAsync(() =>
    {
        _finishedRun = runId;
        _active = null;
        _showPersona = false;
        StateHasChanged();
    });

    private void OnChanged() => _ = InvokeAsync(StateHasChanged);

    private void OnRunStarted() => _ = InvokeAsync(async () =>
    {
        _active = await Mediator.Send(new GetActiveRun());
        _finishedRun = null;
        StateHasChanged();
    });

    private async Task ExitAsync()
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(L["Practice.ExitTitle"], L["Practice.ExitConfirm"], yesText: L["Practice.Exit"], cancelText: L["Common.Cancel"]);
        if (confirmed == true)
        {
            await Mediator.Send(new SwitchWorkspace(false));
            Navigation.NavigateTo(Navigation.Uri, forceLoad: true);
        }
    }

    public void Dispose()
    {
        Events.RunFinished -= OnRunFinished;
        Events.RunStarted -= OnRunStarted;
        Workspace.Changed -= OnChanged;
    }
}
