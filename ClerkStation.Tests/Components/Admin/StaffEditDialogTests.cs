using Bunit;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Admin;
using MudBlazor;

namespace ClerkStation.Tests.Components.Admin;

/// <summary>An account made or changed by the administrator: the app's rules decide, each problem shown on its field.</summary>
public sealed class StaffEditDialogTests(ClerkAppFactory app) : AppDialogTest(app, Actors.Admin)
{
    private const string Save = "button.mud-button-filled-primary";

    private async Task<StaffRow?> FindAsync(string userName) =>
        (await App.SendAsync(Actors.Admin, new ListStaff())).SingleOrDefault(r => r.UserName == userName);

    [Fact]
    public async Task It_asks_for_the_account_and_offers_every_role_but_the_api_client()
    {
        var (provider, _) = await ShowDialogAsync<StaffEditDialog>();

        Assert.Contains("用户名", provider.Markup);
        Assert.Contains("显示名称", provider.Markup);
        Assert.Single(provider.FindAll("#staff-password"));
        var roles = provider.FindComponents<MudCheckBox<bool>>().Select(c => c.Instance.Label).ToList();
        Assert.Contains("综合受理员", roles);
        Assert.Equal(Enum.GetValues<StaffRole>().Length - 1, roles.Count);
    }

    [Fact]
    public async Task A_new_clerk_is_saved_and_the_dialog_closes()
    {
        var (provider, dialog) = await ShowDialogAsync<StaffEditDialog>();

        provider.Find("#staff-userName").Change("clerk.new");
        provider.Find("#staff-displayName").Change("新受理员");
        provider.Find("#staff-password").Change("Clerk!2026");
        await CheckAsync(provider, "综合受理员", true);

        Assert.True(await ConfirmedAsync<bool>(provider, dialog, Save));
        var saved = await FindAsync("clerk.new");
        Assert.NotNull(saved);
        Assert.Equal("新受理员", saved.DisplayName);
        Assert.Equal([StaffRole.Clerk], saved.Roles);
    }

    [Fact]
    public async Task An_empty_form_stays_open_and_names_each_missing_thing()
    {
        var (provider, dialog) = await ShowDialogAsync<StaffEditDialog>();

        await provider.Find(Save).ClickAsync(new());

        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(3, FieldsInError(provider).Count(f => f.Contains("此项为必填项"))); // user name, display name, password
        Assert.Contains("至少选择一个角色", provider.Find("[role=alert]").TextContent);
    }

    [Fact]
    public async Task Editing_keeps_the_user_name_and_saves_the_new_name()
    {
        await App.AccountAsync("clerk.rename", Actors.Clerk2);
        var (provider, dialog) = await ShowDialogAsync(new DialogParameters<StaffEditDialog> { { d => d.Row, await FindAsync("clerk.rename") } });

        Assert.True(provider.Find("#staff-userName").HasAttribute("disabled"));
        Assert.Empty(provider.FindAll("#staff-password"));
        provider.Find("#staff-displayName").Change("改名受理员");

        Assert.True(await ConfirmedAsync<bool>(provider, dialog, Save));
        Assert.Equal("改名受理员", (await FindAsync("clerk.rename"))!.DisplayName);
    }

    [Fact]
    public async Task Cancel_closes_it_as_cancelled_and_saves_nothing()
    {
        var (provider, dialog) = await ShowDialogAsync<StaffEditDialog>();

        provider.Find("#staff-userName").Change("clerk.cancelled");
        await AssertCancelsAsync(provider, dialog);

        Assert.Null(await FindAsync("clerk.cancelled"));
    }
}
