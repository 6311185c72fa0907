using ClerkStation.Domain.Statistics;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Statistics;

public partial class ChannelTable
{
    [Parameter, EditorRequired] public ChannelFigures Figures { get; set; } = ChannelFigures.Empty;
}
