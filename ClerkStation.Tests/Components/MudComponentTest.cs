using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using MudBlazor.Services;

namespace ClerkStation.Tests.Components;

/// <summary>A bUnit context as the app runs a component: MudBlazor's services, the resources, an interactive server renderer.</summary>
public abstract class MudComponentTest : BunitContext
{
    /// <param name="services">The component's own services, added before anything is resolved (bUnit refuses them later).</param>
    protected MudComponentTest(Action<IServiceCollection>? services = null)
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        services?.Invoke(Services);
        SetRendererInfo(new RendererInfo("Server", true));
    }

    /// <summary>Where an open select shows its options (rendered by the first dialog).</summary>
    protected IRenderedComponent<MudPopoverProvider>? Popovers { get; private set; }

    /// <summary>Opens <typeparamref name="TDialog"/> through the dialog service, as a page does; the provider holds what it shows.</summary>
    protected async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> ShowDialogAsync<TDialog>(
        DialogParameters<TDialog>? parameters = null)
        where TDialog : IComponent
    {
        Popovers ??= Render<MudPopoverProvider>();
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        var dialog = await provider.InvokeAsync(() => dialogs.ShowAsync<TDialog>(typeof(TDialog).Name, parameters ?? new DialogParameters<TDialog>()));
        return (provider, dialog);
    }

    /// <summary>The dialog's answer once it has closed; a dialog still open after the save it started fails the test.</summary>
    protected static async Task<DialogResult> ClosedAsync(IDialogReference dialog) =>
        Assert.IsType<DialogResult>(await dialog.Result.WaitAsync(TimeSpan.FromSeconds(30), Xunit.TestContext.Current.CancellationToken));

    /// <summary>The button the user reads as <paramref name="text"/> (取消, 保存, …).</summary>
    protected static AngleSharp.Dom.IElement Button(IRenderedComponent<MudDialogProvider> provider, string text) =>
        provider.FindAll("button").Single(b => b.TextContent.Trim() == text);

    /// <summary>Cancelling closes the dialog as cancelled: the page does nothing.</summary>
    protected static async Task AssertCancelsAsync(IRenderedComponent<MudDialogProvider> provider, IDialogReference dialog)
    {
        await Button(provider, "取消").ClickAsync(new());
        Assert.True((await ClosedAsync(dialog)).Canceled);
    }

    /// <summary>Confirms with the button <paramref name="confirm"/>: the dialog closes, not cancelled, with the page's data.</summary>
    protected static async Task<T> ConfirmedAsync<T>(IRenderedComponent<MudDialogProvider> provider, IDialogReference dialog, string confirm)
    {
        await provider.Find(confirm).ClickAsync(new());
        var result = await ClosedAsync(dialog);
        Assert.False(result.Canceled);
        return Assert.IsAssignableFrom<T>(result.Data);
    }

    /// <summary>Confirming with <paramref name="confirm"/> leaves the dialog open with one field in error: <paramref name="field"/>, saying <paramref name="message"/>.</summary>
    protected static async Task AssertRefusedAsync(
        IRenderedComponent<MudDialogProvider> provider, IDialogReference dialog, string confirm, string field, string message = "此项为必填项")
    {
        await provider.Find(confirm).ClickAsync(new());
        Assert.False(dialog.Result.IsCompleted);
        var error = Assert.Single(FieldsInError(provider));
        Assert.Contains(field, error);
        Assert.Contains(message, error);
    }

    /// <summary>The fields shown in error (the whole field: its label and its message).</summary>
    protected static IReadOnlyList<string> FieldsInError(IRenderedComponent<MudDialogProvider> provider) =>
        provider.FindAll(".mud-input-control.mud-input-error").Select(f => f.TextContent).ToList();

    /// <summary>Ticks or clears the checkbox labelled <paramref name="label"/>.</summary>
    protected static async Task CheckAsync(IRenderedComponent<MudDialogProvider> provider, string label, bool on)
    {
        var box = provider.FindComponents<MudCheckBox<bool>>().Single(c => c.Instance.Label == label);
        await box.Find("input").ChangeAsync(new() { Value = on });
    }

    /// <summary>Opens the select labelled <paramref name="label"/> and reads its options as the user sees them.</summary>
    protected async Task<IReadOnlyList<string>> OptionsAsync(IRenderedComponent<MudDialogProvider> provider, string label)
    {
        await OpenAsync(provider, label);
        return Popovers!.FindAll(".mud-list-item").Select(i => i.TextContent.Trim()).ToList();
    }

    /// <summary>Chooses <paramref name="option"/> (its text) in the select labelled <paramref name="label"/>.</summary>
    protected async Task ChooseAsync(IRenderedComponent<MudDialogProvider> provider, string label, string option)
    {
        await OpenAsync(provider, label);
        await Popovers!.FindAll(".mud-list-item").Single(i => i.TextContent.Trim() == option).ClickAsync(new());
    }

    private static async Task OpenAsync(IRenderedComponent<MudDialogProvider> provider, string label)
    {
        var select = provider.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == label);
        await select.InvokeAsync(select.Instance.OpenMenu);
    }
}
