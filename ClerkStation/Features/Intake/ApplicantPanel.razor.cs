using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Forms.Identity;
using ClerkStation.Domain.Intake;
using ClerkStation.Features.Forms;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Intake;

public partial class ApplicantPanel
{
    [Parameter, EditorRequired]
    public ApplicantInput Input { get; set; } = default!;

    /// <summary>Person, enterprise, or either, as the item allows.</summary>
    [Parameter]
    public ApplicantKind Allowed { get; set; } = ApplicantKind.Both;

    [Parameter]
    public DateOnly Today { get; set; }

    [Parameter]
    public EventCallback OnChanged { get; set; }

    /// <summary>Errors from the last check (live, or returned by the server), keyed by "applicant.…" paths.</summary>
    [Parameter]
    public IReadOnlyList<FieldError> Errors { get; set; } = [];

    private List<FieldError> _live = [];

    protected override void OnParametersSet()
    {
        if (Allowed != ApplicantKind.Both && Input.Kind != Allowed)
        {
            Input.Kind = Allowed;
        }
    }

    /// <summary>Checks the panel with the domain's rules and shows the result (used before any decision).</summary>
    public IReadOnlyList<FieldError> Validate()
    {
        _live = [.. ApplicantRules.Validate(Input.ToApplicant(), Allowed, Today)];
        StateHasChanged();
        return _live;
    }

    private string? IdHelper
    {
        get
        {
            var result = ResidentIdNumber.Validate(Input.IdNumber, Today);
            return result.Info is { } info
                ? string.Format(System.Globalization.CultureInfo.CurrentCulture, L["Intake.IdDerived"], info.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), L["Sex." + info.Sex], info.AgeOn(Today))
                : null;
        }
    }

    private FieldError? Find(string path) =>
        _live.FirstOrDefault(e => e.Path == path) ?? Errors.FirstOrDefault(e => e.Path == path);

    private bool Has(string path) => Find(path) is not null;

    private string? ErrorText(string path) => Find(path) is { } error ? FieldErrorText.Format(L, error) : null;

    private async Task Changed()
    {
        // Re-check only what already showed an error, so the clerk is not nagged while still typing.
        if (_live.Count > 0)
        {
            _live = [.. ApplicantRules.Validate(Input.ToApplicant(), Allowed, Today)];
        }

        await OnChanged.InvokeAsync();
    }

    private async Task KindChanged(ApplicantKind kind)
    {
        Input.Kind = kind;
        _live.Clear();
        await OnChanged.InvokeAsync();
    }

    private async Task ProxyChanged(bool value)
    {
        Input.HasProxy = value;
        await OnChanged.InvokeAsync();
    }
}
