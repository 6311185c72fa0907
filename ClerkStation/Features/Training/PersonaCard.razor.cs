using ClerkStation.Domain.Training;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Training;

public partial class PersonaCard
{
    [Parameter, EditorRequired]
    public Scenario Scenario { get; set; } = default!;

    [Parameter]
    public int HeadingLevel { get; set; } = 2;

    private static string Separator => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? ": " : "：";

    private string MaterialName(string code) =>
        Store.FindTarget(Scenario.ExpectedTarget)?.Materials.FirstOrDefault(m => m.Code == code)?.Name.Current ?? code;
}
