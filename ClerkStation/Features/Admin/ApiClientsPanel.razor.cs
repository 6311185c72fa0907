using ClerkStation.Features.Api;
using ClerkStation.Features.Shared;
using ClerkStation.Infrastructure.Seeding;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace ClerkStation.Features.Admin;

/// <summary>/admin → API clients: register, edit scopes, rotate the secret (shown once), disable.</summary>
public partial class ApiClientsPanel
{
    private IReadOnlyList<ApiClientRow>? _clients;
    private (string ClientId, string Secret)? _secret;
    private bool _demo;

    [Inject]
    private IOptions<DemoOptions> Demo { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _demo = Demo.Value.Enabled;
        await LoadAsync();
    }

    private async Task LoadAsync() => _clients = await Mediator.Send(new ListApiClients());

    private async Task EditAsync(ApiClientRow? row)
    {
        var dialog = await Dialogs.ShowAsync<ApiClientDialog>(row is null ? L["ApiClients.New"] : L["Admin.Edit", row.ClientId],
            new DialogParameters<ApiClientDialog> { { d => d.Row, row } }, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: var data })
        {
            _secret = data is (string id, string secret) ? (id, secret) : null;
            Snackbar.Add(L["Admin.Saved"], Severity.Success);
            await LoadAsync();
        }
    }

    private async Task RotateAsync(ApiClientRow row) => await SendAsync(async () =>
    {
        var secret = await Mediator.Send(new RotateApiClientSecret(row.ClientId));
        _secret = (row.ClientId, secret);
    });

    private async Task ToggleAsync(ApiClientRow row) => await SendAsync(async () => await Mediator.Send(new SetApiClientEnabled(row.ClientId, !row.Enabled)));

    private Task SendAsync(Func<Task> action) => UserMessages.SendAsync(L, Snackbar, action, LoadAsync);
}
