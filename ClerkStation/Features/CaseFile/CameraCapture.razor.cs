using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace ClerkStation.Features.CaseFile;

/// <summary>
/// The camera panel of one material: each still is a JPEG the browser makes from the video (CameraCapture.razor.js) and
/// streams to the server, where it goes the same way as a picked file (<see cref="OnCaptured"/>: the editor's upload).
/// Pages are numbered in the order taken; "retake" deletes the last page taken here so the next still replaces it.
/// </summary>
public partial class CameraCapture : IAsyncDisposable
{
    private const string Module = "./Features/CaseFile/CameraCapture.razor.js";

    private IJSObjectReference? _module;
    private DotNetObjectReference<CameraCapture>? _self;
    private ElementReference _video;
    private ElementReference _panel;
    private bool _open;
    private bool _ready;
    private string? _status;
    private readonly List<Guid> _captured = [];

    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Parameter, EditorRequired] public string MaterialCode { get; set; } = string.Empty;

    [Parameter, EditorRequired] public string MaterialName { get; set; } = string.Empty;

    [Parameter] public bool Disabled { get; set; }

    [Parameter] public bool TabStop { get; set; } = true;

    /// <summary>Stores a still (the stream of a JPEG); returns the new page's id, or null when it was refused.</summary>
    [Parameter, EditorRequired] public Func<Stream, Task<Guid?>> OnCaptured { get; set; } = default!;

    /// <summary>Deletes a page taken here (retake).</summary>
    [Parameter, EditorRequired] public Func<Guid, Task> OnRetake { get; set; } = default!;

    [Parameter] public long MaxBytes { get; set; } = 15 * 1024 * 1024;

    private async Task OpenAsync()
    {
        (_open, _ready, _status) = (true, false, L["CaseFile.Camera.Starting"]);
        StateHasChanged();
        await Task.Yield();
        try
        {
            _module ??= await JS.InvokeAsync<IJSObjectReference>("import", Module);
            _self ??= DotNetObjectReference.Create(this);
            await _module.InvokeAsync<string>("start", _video, _panel, _self);
            (_ready, _status) = (true, L["CaseFile.Camera.Ready"]);
            await _panel.FocusAsync();
        }
        catch (JSException)
        {
            _status = L["CaseFile.Camera.Unavailable"];
        }
    }

    /// <summary>A key on the focused panel (CameraCapture.razor.js): capture, retake or close.</summary>
    [JSInvokable]
    public async Task OnKey(string action)
    {
        await (action switch
        {
            "capture" => CaptureAsync(),
            "retake" => RetakeAsync(),
            "close" => CloseAsync(),
            _ => Task.CompletedTask,
        });
        StateHasChanged();
    }

    private async Task CaptureAsync()
    {
        if (!_ready || Disabled || _module is null)
        {
            return;
        }

        _status = L["CaseFile.Uploading"];
        await using var still = await _module.InvokeAsync<IJSStreamReference>("capture", _video);
        await using var stream = await still.OpenReadStreamAsync(MaxBytes);
        if (await OnCaptured(stream) is { } id)
        {
            _captured.Add(id);
            _status = L["CaseFile.Camera.Taken", _captured.Count];
        }
        else
        {
            _status = L["CaseFile.Camera.Ready"];
        }
    }

    private async Task RetakeAsync()
    {
        if (_captured.Count == 0 || Disabled)
        {
            return;
        }

        var last = _captured[^1];
        _captured.RemoveAt(_captured.Count - 1);
        await OnRetake(last);
        _status = L["CaseFile.Camera.Retaking"];
    }

    private async Task CloseAsync()
    {
        if (_module is not null)
        {
            await _module.InvokeVoidAsync("stop", _video);
        }
        (_open, _ready, _status) = (false, false, null);
        _captured.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        _self?.Dispose();
        if (_module is null)
        {
            return;
        }

        try
        {
            await _module.InvokeVoidAsync("stop", _video);
            await _module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The tab is gone, and the camera with it.
        }
    }
}
