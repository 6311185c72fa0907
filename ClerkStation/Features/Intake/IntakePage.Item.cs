using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Intake;
using ClerkStation.Features.ItemSearch;
using MudBlazor;

namespace ClerkStation.Features.Intake;

/// <summary>The item on the counter: opened from the picker (its form prefilled from the applicant), changed, pinned as a favourite.</summary>
public partial class IntakePage
{
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

        StartNewApplication();
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
}
