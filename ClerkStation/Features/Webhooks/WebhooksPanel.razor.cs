using ClerkStation.Features.Admin;
using ClerkStation.Features.Api;
using ClerkStation.Features.Shared;
using ClerkStation.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ClerkStation.Features.Webhooks;

/// <summary>/admin → webhooks: each client's URL (its signing secret shown once) and the delivery log.</summary>
public partial class WebhooksPanel
{
    private IReadOnlyList<ApiClientRow> _clients = [];
    private WebhookLog? _log;
    private string? _clientId;
    private string? _url;
    private (string ClientId, string Secret)? _secret;

    [Inject] private CenterClock Clock { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        if (RendererInfo.IsInteractive)
        {
            _clients = await Mediator.Send(new ListApiClients());
            await LoadAsync();
        }
    }

    private async Task LoadAsync() => _log = await Mediator.Send(new GetWebhookLog());

    private string State(WebhookDeliveryRow d) =>
        d.DeliveredAt is not null ? L["Webhooks.Delivered"]
        : d.Abandoned ? L["Webhooks.Abandoned"]
        : L["Webhooks.Pending", Clock.Local(d.NextAttemptAt).ToString("HH:mm:ss")];

    private async Task SaveAsync()
    {
        if (_clientId is not { } clientId)
        {
            return;
        }

        string? secret = null;
        if (await UserMessages.TryAsync(L, async () => secret = await Mediator.Send(new SetApiClientWebhook(clientId, _url))) is { } error)
        {
            Snackbar.Add(error, Severity.Error);
            return;
        }

        _secret = secret is null ? null : (clientId, secret);
        Snackbar.Add(L["Admin.Saved"], Severity.Success);
        await LoadAsync();
    }
}
