using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Forms.Checks;
using ClerkStation.Domain.Intake;
using ClerkStation.Features.Forms;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Intake;

public partial class ApplicantPanel : IDisposable
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
    private bool _checked;
    private readonly HashSet<string> _left = new(StringComparer.Ordinal);
    private readonly TypingPause _pause;

    public ApplicantPanel()
    {
        _pause = new TypingPause(InvokeAsync, () => OnChanged.InvokeAsync());
    }

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
        _checked = true;
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

    private string? ErrorText(string path) => Find(path) is { } error ? FieldErrorText.Format(L, error) : null;

    /// <summary>
    /// A keystroke in a name-like field: <paramref name="set"/> puts its text in <see cref="Input"/> at once (what is on
    /// the screen is what a decision or a draft sees); the page hears of it after a pause of <see cref="Typing.DebounceMs"/>
    /// or when the field is left. The pause is ours, not MudBlazor's DebounceInterval: when that timer fired just as the
    /// field was left, MudBlazor reset the text to the last committed value and the typed name vanished (ADR 0032).
    /// </summary>
    private void TypedSoon(Action set)
    {
        set();
        Recheck();
        _pause.Restart();
    }

    /// <summary>Tells the page now about typing it has not heard of yet (the field was left).</summary>
    private Task FlushTypingAsync() => _pause.FlushAsync();

    public void Dispose()
    {
        _pause.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A keystroke in an ID or phone field: the page hears of each one (the ID helper and the materials follow it).</summary>
    private async Task ChangedAsync(Action set)
    {
        set();
        Recheck();
        await OnChanged.InvokeAsync();
    }

    private static string? Blank(string? text) => string.IsNullOrEmpty(text) ? null : text;

    /// <summary>
    /// What was typed is checked when the field is left (a wrong ID check digit shows at once); blanks are not nagged
    /// about until a decision was tried, and a field being typed in is not checked mid-way.
    /// </summary>
    private void Left(string path)
    {
        _left.Add(path);
        Recheck();
    }

    private void Recheck()
    {
        var errors = ApplicantRules.Validate(Input.ToApplicant(), Allowed, Today);
        _live = _checked ? [.. errors] : [.. errors.Where(e => e.Code != FieldErrorCodes.Required && _left.Contains(e.Path))];
    }

    private async Task KindChanged(ApplicantKind kind)
    {
        Input.Kind = kind;
        _live.Clear();
        _left.Clear();
        await OnChanged.InvokeAsync();
    }

    private async Task ProxyChanged(bool value)
    {
        Input.HasProxy = value;
        await OnChanged.InvokeAsync();
    }
}
