using ClerkStation.Domain.Cases;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.BackOffice;

public partial class CaseMaterialsCard
{
    [Parameter, EditorRequired] public IReadOnlyList<MaterialRecord> Materials { get; set; } = [];
    [Parameter] public IReadOnlyList<string> Supplement { get; set; } = [];
}
