using Bunit;
using ClerkStation.Features.Forms;

namespace ClerkStation.Tests.Components.Intake;

/// <summary>
/// A clerk pauses after typing the applicant's name and then leaves the field. The pause's timer fires on its own thread
/// and queues its work behind whatever the circuit is doing; when that is the field's own blur, the typed name must
/// survive it (with MudBlazor's DebounceInterval it did not: the name ci13's browser run typed was gone at 受理).
/// </summary>
public sealed class ApplicantTypingPauseTests : Components.MudComponentTest
{
    private static readonly DateOnly Today = new(2026, 3, 16);

    [Fact]
    public async Task A_name_typed_before_a_pause_that_ends_while_the_field_is_being_left_stays_on_screen_and_in_the_applicant()
    {
        var input = new ClerkStation.Features.Intake.ApplicantInput();
        var told = 0;
        var cut = Render<ClerkStation.Features.Intake.ApplicantPanel>(p => p
            .Add(c => c.Input, input)
            .Add(c => c.Today, Today)
            .Add(c => c.OnChanged, Microsoft.AspNetCore.Components.EventCallback.Factory.Create(this, () => told++)));

        cut.Find("#applicant-name").Input("陈建");
        Assert.Equal("陈建", input.Name); // in the applicant at once: a decision now sees what is on the screen
        Assert.Equal(0, told); // the page is not told per keystroke

        await cut.InvokeAsync(() =>
        {
            Thread.Sleep(Typing.DebounceMs + 400);
            cut.Find("#applicant-name").Blur();
        });

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("陈建", cut.Find("#applicant-name").GetAttribute("value"));
            Assert.Equal("陈建", input.Name);
            Assert.Equal(1, told); // told once: by the leaving, not again by the pause's timer
        }, TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void A_wrong_check_digit_keeps_its_message_after_the_field_is_left()
    {
        var cut = Render<ClerkStation.Features.Intake.ApplicantPanel>(p => p
            .Add(c => c.Input, new ClerkStation.Features.Intake.ApplicantInput())
            .Add(c => c.Today, Today));

        cut.Find("#applicant-idNumber").Input(ClerkStation.Tests.Support.TestIds.InvalidCheckDigit);
        cut.Find("#applicant-idNumber").Blur();

        // MudBlazor's own Required check ran after ours on leaving and wrote over the message the panel passed.
        cut.WaitForAssertion(() =>
        {
            var input = cut.Find("#applicant-idNumber");
            Assert.Equal("true", input.GetAttribute("aria-invalid"));
            var message = cut.Find("#" + input.GetAttribute("aria-describedby")!.Split(' ')[0]);
            Assert.Equal("身份证号校验位不正确，请核对", message.TextContent.Trim());
        }, TimeSpan.FromSeconds(2));
    }
}
