using ClerkStation.Domain.Statistics;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Statistics;

public partial class WaiverTables
{
    /// <summary>The page lists the items with the most required materials; the CSV export has them all.</summary>
    private const int TopItems = 15;

    [Parameter, EditorRequired] public WaiverFigures Figures { get; set; } = WaiverFigures.Empty;
}
