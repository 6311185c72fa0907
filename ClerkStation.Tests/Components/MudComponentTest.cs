using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
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
}
