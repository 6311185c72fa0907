using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace ClerkStation.Tests.Components;

/// <summary>A bUnit context as the app runs a component: MudBlazor's services, the resources, an interactive server renderer.</summary>
public abstract class MudComponentTest : BunitContext
{
    protected MudComponentTest()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        SetRendererInfo(new RendererInfo("Server", true));
    }
}
