using ClerkStation.Domain.Cases;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Printing;

public partial class CaseReceiptPage
{
    private Case? _case;

    [Parameter]
    public string Number { get; set; } = string.Empty;

    // The full public address, so the applicant can look it up from home (a QR code for phones).
    private string TrackUrl => new Uri(new Uri(string.IsNullOrWhiteSpace(Center.Value.PublicUrl) ? Navigation.BaseUri : Center.Value.PublicUrl), "track").ToString();

    protected override async Task OnInitializedAsync() => _case = await Mediator.Send(new GetCaseReceipt(Number));
}
