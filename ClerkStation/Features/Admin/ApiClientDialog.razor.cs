using ClerkStation.Features.Api;
using ClerkStation.Features.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ClerkStation.Features.Admin;

public partial class ApiClientDialog
{
    private string _clientId = string.Empty;
    private string _name = string.Empty;
    private HashSet<string> _scopes = [.. ApiScopes.All];
    private string? _error;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter]
    public ApiClientRow? Row { get; set; }

    protected override void OnParametersSet()
    {
        if (Row is not null)
        {
            (_clientId, _name, _scopes) = (Row.ClientId, Row.Name, [.. Row.Scopes]);
        }
    }

    private void Toggle(string scope, bool on) => _ = on ? _scopes.Add(scope) : _scopes.Remove(scope);

    private async Task SaveAsync()
    {
        object? secret = null;
        _error = await UserMessages.TryAsync(L, async () => secret = Row is null
            ? (_clientId.Trim(), await Mediator.Send(new RegisterApiClient(_clientId.Trim(), _name, [.. _scopes])))
            : await Mediator.Send(new UpdateApiClient(Row.ClientId, _name, [.. _scopes])));
        if (_error is null)
        {
            Dialog.Close(DialogResult.Ok(secret is ValueTuple<string, string> shown ? shown : (object)true));
        }
    }
}
