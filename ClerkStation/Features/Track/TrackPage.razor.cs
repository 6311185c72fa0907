using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Track;

public partial class TrackPage
{
    private TrackResult? _result;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "track")] private TrackInput? Input { get; set; }

    protected override void OnInitialized() => Input ??= new TrackInput();

    private async Task LookUpAsync()
    {
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        _result = await Mediator.Send(new TrackCase(Input!.Number ?? string.Empty, Input.IdLastFour ?? string.Empty, client));
    }

    public sealed class TrackInput
    {
        public string? Number { get; set; }

        public string? IdLastFour { get; set; }
    }
}
