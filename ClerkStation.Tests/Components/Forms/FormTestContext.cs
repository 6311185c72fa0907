using Bunit;
using ClerkStation.Domain.Forms;
using ClerkStation.Features.Forms;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using MudBlazor.Services;

namespace ClerkStation.Tests.Components.Forms;

/// <summary>bUnit context for the form renderer: MudBlazor, localization, an interactive server renderer.</summary>
public abstract class FormTestContext : BunitContext
{
    /// <summary>A valid resident ID number: male, born 1985-06-15.</summary>
    protected static readonly string ValidId = ClerkStation.Tests.Domain.Forms.TestIds.Complete("33090219850615123");

    /// <summary>The center's day the forms count from (the pages pass <c>CenterClock.Today</c>; DynamicForm requires one).</summary>
    protected static readonly DateOnly Today = new(2026, 3, 16);

    protected FormTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        SetRendererInfo(new RendererInfo("Server", true));
    }

    protected int ChangeCount { get; private set; }

    protected IRenderedComponent<DynamicForm> RenderForm(
        FormDefinition form, FormData data, IReadOnlyList<FieldError>? serverErrors = null, bool readOnly = false,
        Action? onChanged = null, Func<Task>? onFieldLeft = null)
    {
        Render<MudPopoverProvider>();
        return Render<DynamicForm>(p => p
            .Add(c => c.Form, form)
            .Add(c => c.Data, data)
            .Add(c => c.Today, Today)
            .Add(c => c.ReadOnly, readOnly)
            .Add(c => c.ServerErrors, serverErrors)
            .Add(c => c.OnFieldLeft, onFieldLeft)
            .Add(c => c.OnChanged, EventCallback.Factory.Create(this, () =>
            {
                ChangeCount++;
                onChanged?.Invoke();
            })));
    }

    /// <summary>
    /// Types into a text field the way a browser does — input events only, no change event, focus stays — and waits for
    /// the debounced commit (<see cref="Typing.DebounceMs"/>), i.e. the form's OnChanged.
    /// </summary>
    protected void Type(IRenderedComponent<DynamicForm> cut, string selector, string text)
    {
        var before = ChangeCount;
        cut.Find(selector).Input(text);
        Eventually(() => Assert.True(ChangeCount > before, $"OnChanged was not raised after typing into {selector}"), TimeSpan.FromSeconds(5));

        // OnChanged runs on the renderer's thread, in the middle of the commit: let it (and the render it causes) finish.
        cut.InvokeAsync(() => { }).GetAwaiter().GetResult();
    }

    /// <summary>
    /// Waits until the assertion holds, checking every 20 ms. bUnit's WaitForAssertion checks only after a render, and
    /// the form hears of typing on a timer of its own (after the pause), after its last render.
    /// </summary>
    protected static void Eventually(Action assertion, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                assertion();
                return;
            }
            catch (Xunit.Sdk.XunitException) when (DateTime.UtcNow < until)
            {
                Thread.Sleep(20);
            }
        }
    }

    /// <summary>The input (or group element) a visible label points at, as Playwright's GetByLabel would find it.</summary>
    protected static AngleSharp.Dom.IElement ByLabel(IRenderedComponent<DynamicForm> cut, string label)
    {
        foreach (var element in cut.FindAll("label[for]"))
        {
            if (element.TextContent.Trim().TrimEnd('*').Trim() == label && cut.FindAll($"#{element.GetAttribute("for")}") is [var input])
            {
                return input;
            }
        }

        foreach (var element in cut.FindAll("[aria-labelledby]"))
        {
            var labelledBy = element.GetAttribute("aria-labelledby")!;
            if (cut.FindAll($"#{labelledBy}") is [var labelElement] && labelElement.TextContent.Trim().StartsWith(label, StringComparison.Ordinal))
            {
                return element;
            }
        }

        foreach (var element in cut.FindAll("label"))
        {
            if (element.TextContent.Trim().TrimEnd('*').Trim() == label && element.QuerySelector("input") is { } nested)
            {
                return nested;
            }
        }

        throw new Xunit.Sdk.XunitException($"No input labelled '{label}' in:\n{cut.Markup}");
    }
}
