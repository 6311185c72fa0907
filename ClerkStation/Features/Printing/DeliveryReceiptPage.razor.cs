using ClerkStation.Domain.Cases;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Printing;

public partial class DeliveryReceiptPage
{
    private Case? _case;

    [Parameter]
    public string Number { get; set; } = string.Empty;

    private ClerkStation.Features.Ratings.RatingInvitation? _rating;

    protected override async Task OnInitializedAsync()
    {
        _case = await Mediator.Send(new GetCaseReceipt(Number));
        _rating = _case is null ? null : await Mediator.Send(new ClerkStation.Features.Ratings.GetRatingInvitation(Number));
    }
}
