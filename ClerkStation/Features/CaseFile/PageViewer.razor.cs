using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace ClerkStation.Features.CaseFile;

/// <summary>The page viewer of the review page. Zoom and rotation are view state only; the stored page never changes.</summary>
public partial class PageViewer
{
    private static readonly double[] ZoomSteps = [0.5, 0.75, 1, 1.5, 2, 3];

    private ElementReference _element;
    private int _zoom = 2;
    private int _rotation;
    private Guid _shown;

    [Parameter, EditorRequired] public IReadOnlyList<MaterialPageView> Pages { get; set; } = [];

    [Parameter, EditorRequired] public int Index { get; set; }

    [Parameter] public EventCallback<int> IndexChanged { get; set; }

    [Parameter, EditorRequired] public Func<int, string> Title { get; set; } = _ => string.Empty;

    private string Transform => string.Create(CultureInfo.InvariantCulture, $"transform: rotate({_rotation}deg) scale({ZoomSteps[_zoom]});");

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // A newly chosen page takes the keyboard, so ← → work at once; zoom and rotation start fresh per page.
        if (Pages[Index].Id != _shown)
        {
            _shown = Pages[Index].Id;
            await _element.FocusAsync();
        }
    }

    protected override void OnParametersSet()
    {
        if (Pages[Index].Id != _shown)
        {
            _zoom = 2;
            _rotation = 0;
        }
    }

    private async Task GoAsync(int step)
    {
        var next = Math.Clamp(Index + step, 0, Pages.Count - 1);
        if (next != Index)
        {
            await IndexChanged.InvokeAsync(next);
        }
    }

    private void Zoom(int step) => _zoom = Math.Clamp(_zoom + step, 0, ZoomSteps.Length - 1);

    private void Rotate() => _rotation = (_rotation + 90) % 360;

    private async Task KeyAsync(KeyboardEventArgs e)
    {
        switch (e.Key)
        {
            case "ArrowRight" or "PageDown":
                await GoAsync(1);
                break;
            case "ArrowLeft" or "PageUp":
                await GoAsync(-1);
                break;
            case "+" or "=":
                Zoom(1);
                break;
            case "-":
                Zoom(-1);
                break;
            case "r" or "R":
                Rotate();
                break;
        }
    }
}
