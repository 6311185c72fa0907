using ClerkStation.Domain.Cases;
using Mediator;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.CaseFile;

/// <summary>The case file on the review page. Each page opened in the viewer is fetched (and audited) by the file endpoint.</summary>
public partial class CaseFileCard
{
    private List<MaterialPageView> _pages = [];
    private int? _current;
    private string? _loadedNumber;

    [Parameter, EditorRequired] public string Number { get; set; } = string.Empty;

    /// <summary>The case's materials, for their names.</summary>
    [Parameter, EditorRequired] public IReadOnlyList<MaterialRecord> Materials { get; set; } = [];

    /// <summary>Bump to reload (a supplement arrived).</summary>
    [Parameter] public int Version { get; set; }

    [Inject] private IMediator Mediator { get; set; } = default!;

    private int _loadedVersion = -1;

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedNumber != Number || _loadedVersion != Version)
        {
            _loadedNumber = Number;
            _loadedVersion = Version;
            _pages = (await Mediator.Send(new GetCaseFile(Number))).ToList();
            _current = _current is { } c && c < _pages.Count ? c : null;
        }
    }

    private void Show(int index) => _current = index;

    private string NameOf(string code) => Materials.FirstOrDefault(m => m.Code == code)?.Name.Current ?? code;
}
