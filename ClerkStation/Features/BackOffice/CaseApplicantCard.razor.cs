using ClerkStation.Domain.Cases;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.BackOffice;

public partial class CaseApplicantCard
{
    [Parameter, EditorRequired] public Applicant Applicant { get; set; } = default!;
}
