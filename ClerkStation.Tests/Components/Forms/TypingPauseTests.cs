using Bunit;
using ClerkStation.Domain.Forms;
using ClerkStation.Features.Forms;

namespace ClerkStation.Tests.Components.Forms;

/// <summary>
/// A clerk pauses after typing and then leaves the field. The pause's timer fires on its own thread and queues the
/// commit behind whatever the circuit is doing; when that is the field's own blur, the typed text must survive it (a
/// busy server made this happen in the browser tests: the typed name was gone at 受理).
/// </summary>
public sealed class TypingPauseTests : FormTestContext
{
    [Fact]
    public async Task Text_typed_before_a_pause_that_ends_while_the_field_is_being_left_stays_on_screen_and_in_the_data()
    {
        var data = new FormData();
        var cut = RenderForm(TestForms.Household(), data);

        cut.Find("#f-vehicleNote").Input("粤B12345");

        // The circuit is busy past the pause (the pause's timer fires meanwhile), then handles the field's blur.
        await cut.InvokeAsync(() =>
        {
            Thread.Sleep(Typing.DebounceMs + 400);
            cut.Find("#f-vehicleNote").Blur();
        });

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("粤B12345", cut.Find("#f-vehicleNote").GetAttribute("value"));
            Assert.Equal("粤B12345", data.Get("vehicleNote"));
        }, TimeSpan.FromSeconds(2));
    }
}

