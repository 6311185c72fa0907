using Bunit;
using ClerkStation.Features.Admin;
using ClerkStation.Features.Api;
using MudBlazor;

namespace ClerkStation.Tests.Components.Admin;

/// <summary>An API client registered or changed by the administrator; a new one's secret comes back once, to be shown.</summary>
public sealed class ApiClientDialogTests(ClerkAppFactory app) : AppDialogTest(app, Actors.Admin)
{
    private const string Save = "[data-testid=api-save]";

    private async Task<ApiClientRow?> FindAsync(string clientId) =>
        (await App.SendAsync(Actors.Admin, new ListApiClients())).SingleOrDefault(c => c.ClientId == clientId);

    [Fact]
    public async Task A_new_client_starts_with_every_scope()
    {
        var (provider, _) = await ShowDialogAsync<ApiClientDialog>();

        Assert.Contains("客户端 ID", provider.Markup);
        Assert.Contains("权限范围", provider.Markup);
        var scopes = provider.FindComponents<MudCheckBox<bool>>();
        Assert.Equal(ApiScopes.All, scopes.Select(c => c.Instance.Label));
        Assert.All(provider.FindAll("input[type=checkbox]"), box => Assert.True(box.HasAttribute("checked")));
    }

    [Fact]
    public async Task Registering_returns_the_client_id_with_its_secret_and_keeps_the_chosen_scopes()
    {
        var (provider, dialog) = await ShowDialogAsync<ApiClientDialog>();

        provider.Find("#api-clientId").Change("county.portal");
        provider.Find("#api-name").Change("县政务网");
        await CheckAsync(provider, ApiScopes.AppointmentsWrite, false);

        var (clientId, secret) = await ConfirmedAsync<(string, string)>(provider, dialog, Save);
        Assert.Equal("county.portal", clientId);
        Assert.False(string.IsNullOrWhiteSpace(secret));
        var saved = await FindAsync("county.portal");
        Assert.Equal("县政务网", saved?.Name);
        Assert.DoesNotContain(ApiScopes.AppointmentsWrite, saved!.Scopes);
    }

    [Fact]
    public async Task A_client_id_the_rules_refuse_is_explained_and_nothing_is_registered()
    {
        var (provider, dialog) = await ShowDialogAsync<ApiClientDialog>();

        provider.Find("#api-clientId").Change("Bad Id");
        provider.Find("#api-name").Change("坏名字");
        await provider.Find(Save).ClickAsync(new());

        Assert.False(dialog.Result.IsCompleted);
        Assert.Contains("客户端 ID 只能含小写字母、数字、点和横线", provider.Find("[role=alert]").TextContent);
        Assert.Null(await FindAsync("Bad Id"));
    }

    [Fact]
    public async Task Editing_keeps_the_client_id_and_saves_the_new_name()
    {
        await App.SendAsync(Actors.Admin, new RegisterApiClient("edit.me", "旧名称", ApiScopes.All));
        var (provider, dialog) = await ShowDialogAsync(new DialogParameters<ApiClientDialog> { { d => d.Row, await FindAsync("edit.me") } });

        Assert.True(provider.Find("#api-clientId").HasAttribute("disabled"));
        provider.Find("#api-name").Change("新名称");

        Assert.True(await ConfirmedAsync<bool>(provider, dialog, Save));
        Assert.Equal("新名称", (await FindAsync("edit.me"))?.Name);
    }

    [Fact]
    public async Task Cancel_closes_it_as_cancelled()
    {
        var (provider, dialog) = await ShowDialogAsync<ApiClientDialog>();

        await AssertCancelsAsync(provider, dialog);
    }
}
