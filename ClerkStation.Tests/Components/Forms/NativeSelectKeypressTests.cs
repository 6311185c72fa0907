// The render batches are what the browser receives; watching them is the point of these tests (Blazor marks the types as internal-ish).
#pragma warning disable BL0006

using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;

namespace ClerkStation.Tests.Components.Forms;

/// <summary>
/// A household row's native select must not lose a fast arrow press (ADR 0026). The browser moves the select at once
/// and sends one <c>change</c> per arrow; if the server's render after the first change sent that value back to the
/// element, it would land while later arrows had already moved on, and the next arrow would start from the old option.
/// These tests watch what the renderer sends to the browser (its render batches), the way a browser dispatches events
/// (with the field's current value), which bUnit's DOM does not show.
/// </summary>
public sealed class NativeSelectKeypressTests : IAsyncDisposable
{
    private static readonly FieldDefinition Status = TestForms.Field("status", FieldKind.Select, "就业/身体状况", "Status") with
    {
        Options =
        [
            new("employed", new LocalizedText("在业", "Employed")),
            new("unemployed", new LocalizedText("失业", "Unemployed")),
            new("student", new LocalizedText("在校", "Student")),
            new("retired", new LocalizedText("退休", "Retired")),
            new("disabled", new LocalizedText("残疾", "Disabled")),
        ],
    };

    private readonly NativeSelectBatchRecorder _renderer = new();

    [Fact]
    public async Task Arrow_presses_the_server_has_not_caught_up_with_are_never_overwritten_by_its_renders()
    {
        var host = await _renderer.RenderHostAsync(Status, value: null);
        _renderer.Batches.Clear();

        // Five quick ↓: the browser is already on 残疾 when the server handles the first change.
        foreach (var value in new[] { "employed", "unemployed", "student", "retired", "disabled" })
        {
            await _renderer.ChangeSelectAsync(value);
        }

        Assert.Equal("disabled", host.Held);
        Assert.Equal(5, host.Changes);
        Assert.Empty(_renderer.ValueEdits());
    }

    [Fact]
    public async Task A_value_changed_on_the_server_still_reaches_the_select()
    {
        var host = await _renderer.RenderHostAsync(Status, value: "student");
        await _renderer.ChangeSelectAsync("retired");
        _renderer.Batches.Clear();

        await _renderer.Dispatcher.InvokeAsync(() => host.SetValue(null)); // e.g. the row's status cleared by the server

        Assert.Equal([""], _renderer.ValueEdits());

        _renderer.Batches.Clear();
        await _renderer.Dispatcher.InvokeAsync(() => host.SetValue("unemployed"));
        Assert.Equal(["unemployed"], _renderer.ValueEdits());
    }

    [Fact]
    public async Task The_first_render_shows_the_saved_choice()
    {
        await _renderer.RenderHostAsync(Status, value: "retired");

        Assert.Equal(["retired"], _renderer.SelectValueAttributes());
    }

    public ValueTask DisposeAsync() => _renderer.DisposeAsync();
}
