using MudBlazor.Services;

namespace ClerkStation.Infrastructure;

public static partial class DependencyInjection
{
    /// <summary>Razor components on the server, the web hardening, MudBlazor, localization and readable Chinese in the HTML.</summary>
    private static void AddClerkUi(this IServiceCollection services, IConfiguration configuration)
    {
        // Exception details never reach a browser unless a developer opts in (ADR 0008).
        services.AddRazorComponents().AddInteractiveServerComponents(circuit => circuit.DetailedErrors = WebHardening.ShowDetailedErrors(configuration));
        services.AddWebHardening(configuration);
        services.AddMudServices();
        services.AddLocalization();
        // Keep Chinese readable in the served HTML instead of &#x...; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
    }
}
