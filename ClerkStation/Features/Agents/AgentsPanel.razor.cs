using ClerkStation.Infrastructure.Catalog;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Agents;

public partial class AgentsPanel
{
    private AgentWorkload? _workload;

    [Inject] private CatalogStore Store { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _workload = await Mediator.Send(new GetAgentWorkload());

    private string ItemName(string targetCode) => Store.FindTarget(targetCode)?.Name.Current ?? targetCode;
}
