using Bunit;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Features.Admin;
using Microsoft.AspNetCore.Identity;
using MudBlazor;

namespace ClerkStation.Tests.Components.Admin;

/// <summary>The administrator sets a new password for someone who forgot theirs; the app's password rules decide, and say why.</summary>
public sealed class ResetPasswordDialogTests(ClerkAppFactory app) : AppDialogTest(app, Actors.Admin)
{
    // Each test its own account: the fixture's app is shared, and one test's new password must not be another's old one.
    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog, StaffRow Row)> ShowAsync(string userName)
    {
        await App.AccountAsync(userName, Actors.Clerk2);
        var row = (await App.SendAsync(Actors.Admin, new ListStaff())).Single(r => r.UserName == userName);
        var (provider, dialog) = await ShowDialogAsync(new DialogParameters<ResetPasswordDialog> { { d => d.Row, row } });
        return (provider, dialog, row);
    }

    private async Task<bool> PasswordIsAsync(StaffRow row, string password)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        return await users.CheckPasswordAsync((await users.FindByIdAsync(row.Id))!, password);
    }

    [Fact]
    public async Task A_password_the_rules_accept_is_set_and_closes_the_dialog()
    {
        var (provider, dialog, row) = await ShowAsync("reset.accepted");

        Assert.Contains("新密码", provider.Markup);
        provider.Find("#reset-password").Change("Reset!2026x");

        Assert.True(await ConfirmedAsync<bool>(provider, dialog, "button.mud-button-filled-primary"));
        Assert.True(await PasswordIsAsync(row, "Reset!2026x"));
    }

    [Fact]
    public async Task A_too_short_password_is_refused_with_the_rule_and_the_old_one_still_works()
    {
        var (provider, dialog, row) = await ShowAsync("reset.refused");

        provider.Find("#reset-password").Change("Ab1!");
        await Button(provider, "保存").ClickAsync(new());

        Assert.False(dialog.Result.IsCompleted);
        Assert.Contains("8", Assert.Single(FieldsInError(provider)));
        Assert.True(await PasswordIsAsync(row, HttpSignIn.DemoPassword));
    }

    [Fact]
    public async Task Cancel_closes_it_as_cancelled()
    {
        var (provider, dialog, _) = await ShowAsync("reset.cancelled");

        await AssertCancelsAsync(provider, dialog);
    }
}
