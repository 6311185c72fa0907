using ClerkStation.Domain.Training;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Training;

public partial class AreaScoresTable
{
    [Parameter, EditorRequired] public IReadOnlyList<AreaScore> Areas { get; set; } = [];

    /// <summary>The area's name as the trainer reads it (department name, or item name with its code).</summary>
    [Parameter, EditorRequired] public Func<string, string> NameOf { get; set; } = code => code;

    [Parameter, EditorRequired] public string Label { get; set; } = "";
}
