using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Agents;

public partial class AgentNoticeCards
{
    [Parameter] public AgentNoticeList? Notices { get; set; }
}
