using Bunit;
using ClerkStation.Features.Intake;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Tests.Components.Intake;

/// <summary>The counter's three decisions: each button sends its own, and none can be sent twice while one is recorded.</summary>
public sealed class DecisionBarTests : MudComponentTest
{
    private readonly List<string> _sent = [];

    private IRenderedComponent<DecisionBar> RenderBar(bool busy) => Render<DecisionBar>(p => p
        .Add(c => c.Busy, busy)
        .Add(c => c.OnAccept, EventCallback.Factory.Create(this, () => _sent.Add("accept")))
        .Add(c => c.OnNotice, EventCallback.Factory.Create(this, () => _sent.Add("notice")))
        .Add(c => c.OnRefuse, EventCallback.Factory.Create(this, () => _sent.Add("refuse"))));

    [Theory]
    [InlineData("accept")]
    [InlineData("notice")]
    [InlineData("refuse")]
    public void Each_button_sends_its_decision(string decision)
    {
        var cut = RenderBar(busy: false);

        cut.Find($"[data-testid={decision}]").Click();

        Assert.Equal([decision], _sent);
    }

    [Fact]
    public void While_a_decision_is_recorded_every_button_is_disabled_and_progress_shows()
    {
        var cut = RenderBar(busy: true);

        Assert.All(cut.FindAll("button[data-testid]"), b => Assert.True(b.HasAttribute("disabled")));
        Assert.Single(cut.FindAll(".mud-progress-circular"));
    }
}
