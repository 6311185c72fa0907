using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Training;

public partial class MyRunsTable
{
    [Parameter, EditorRequired] public IReadOnlyList<RunRow> Runs { get; set; } = [];
}
