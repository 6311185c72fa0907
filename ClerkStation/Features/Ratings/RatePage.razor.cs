using ClerkStation.Domain.Ratings;
using ClerkStation.Features.Shared;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Ratings;

public partial class RatePage
{
    private RatingForm? _form;
    private string? _message;
    private bool _failed;

    [Parameter] public string Token { get; set; } = string.Empty;

    [SupplyParameterFromForm(FormName = "rate")]
    private RateInput? Input { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Input ??= new RateInput();
        _form = await Mediator.Send(new GetRatingForm(Token));
    }

    private async Task SubmitAsync()
    {
        if (_form is null)
        {
            return;
        }
        if (Input?.Level is not { } level)
        {
            (_message, _failed) = (L["Rate.PickLevel"], true);
            return;
        }
        try
        {
            var result = await Mediator.Send(new SubmitRating(Token, level, Input!.Comment, FollowUp: !_form.CanRate));
            _message = result switch
            {
                RatingSubmitted.RatedBadTaskOpened => L["Rate.ThanksBad"],
                RatingSubmitted.FollowUpRecorded => L["Rate.ThanksFollowUp"],
                _ => L["Rate.Thanks"],
            };
            _failed = false;
        }
        catch (Exception ex) when (UserMessages.Describe(L, ex) is { } message)
        {
            (_message, _failed) = (message, true);
        }
        _form = await Mediator.Send(new GetRatingForm(Token));
        Input = new RateInput();
    }

    public sealed class RateInput
    {
        public RatingLevel? Level { get; set; }

        public string? Comment { get; set; }
    }
}
