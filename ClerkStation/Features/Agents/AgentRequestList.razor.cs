using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Agents;

public partial class AgentRequestList
{
    [Parameter] public IReadOnlyList<AgentRequestRow>? Rows { get; set; }
}
