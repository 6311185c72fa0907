// The render batches are what the browser receives; watching them is the point of these tests (Blazor marks the types as internal-ish).
#pragma warning disable BL0006

using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Features.Forms;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.RenderTree;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClerkStation.Tests.Components.Forms;

/// <summary>
/// A household row's native select must not lose a fast arrow press (ADR 0026). The browser moves the select at once
/// and sends one <c>change</c> per arrow; if the server's render after the first change sent that value back to the
/// element, it would land while later arrows had already moved on, and the next arrow would start from the old option.
/// These tests watch what the renderer sends to the browser (its render batches), the way a browser dispatches events
/// (with the field's current value), which bUnit's DOM does not show.
/// </summary>
public sealed class RowSelectKeypressTests : IAsyncDisposable
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

    private readonly BatchRecorder _renderer = new();

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

        Assert.Equal("disabled", host.Value);
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

    /// <summary>Stands in for <see cref="DynamicField"/>: hands the select its value and takes its changes.</summary>
    private sealed class Host : ComponentBase
    {
        [Parameter]
        public FieldDefinition Field { get; set; } = default!;

        [Parameter]
        public string? Value { get; set; }

        public int Changes { get; private set; }

        public void SetValue(string? value)
        {
            Value = value;
            StateHasChanged();
        }

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
        {
            builder.OpenComponent<RowSelect>(0);
            builder.AddComponentParameter(1, nameof(RowSelect.Field), Field);
            builder.AddComponentParameter(2, nameof(RowSelect.Id), "f-members-1-status");
            builder.AddComponentParameter(3, nameof(RowSelect.Value), Value);
            builder.AddComponentParameter(4, nameof(RowSelect.OnChange), EventCallback.Factory.Create<string?>(this, value =>
            {
                Changes++;
                Value = value;
            }));
            builder.CloseComponent();
        }
    }

    /// <summary>A renderer that keeps every batch it would send to the browser.</summary>
    private sealed class BatchRecorder() : Renderer(new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider(), NullLoggerFactory.Instance)
    {
        private int _selectComponentId = -1;

        public override Dispatcher Dispatcher { get; } = Dispatcher.CreateDefault();

        /// <summary>Per batch: the attribute frames (name, value) set by its edits.</summary>
        public List<List<(string Name, string? Value)>> Batches { get; } = [];

        public async Task<Host> RenderHostAsync(FieldDefinition field, string? value)
        {
            var host = (Host)InstantiateComponent(typeof(Host));
            var id = AssignRootComponentId(host);
            await Dispatcher.InvokeAsync(() => RenderRootComponentAsync(id, ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(Host.Field)] = field,
                [nameof(Host.Value)] = value,
            })));
            _selectComponentId = GetCurrentRenderTreeFrames(id).Array.First(f => f.FrameType == RenderTreeFrameType.Component).ComponentId;
            return host;
        }

        /// <summary>The browser's change event: the handler, and the value the element now holds (Blazor's EventFieldInfo).</summary>
        public Task ChangeSelectAsync(string value) => Dispatcher.InvokeAsync(() =>
        {
            var handler = Frames(_selectComponentId).First(f => f is { FrameType: RenderTreeFrameType.Attribute, AttributeName: "onchange" });
            return DispatchEventAsync(handler.AttributeEventHandlerId, new EventFieldInfo { ComponentId = _selectComponentId, FieldValue = value },
                new ChangeEventArgs { Value = value });
        });

        /// <summary>The <c>value</c> attributes the renderer sent to the browser since the batches were cleared.</summary>
        public List<string?> ValueEdits() => [.. Batches.SelectMany(b => b).Where(a => a.Name == "value").Select(a => a.Value)];

        /// <summary>The attributes of the <c>select</c> element itself (not of its options).</summary>
        public IEnumerable<string?> SelectValueAttributes() =>
            Frames(_selectComponentId).SkipWhile(f => f is not { FrameType: RenderTreeFrameType.Element, ElementName: "select" }).Skip(1)
                .TakeWhile(f => f.FrameType == RenderTreeFrameType.Attribute)
                .Where(f => f.AttributeName == "value").Select(f => f.AttributeValue?.ToString());

        private IEnumerable<RenderTreeFrame> Frames(int componentId)
        {
            var frames = GetCurrentRenderTreeFrames(componentId);
            return frames.Array.Take(frames.Count);
        }

        protected override void HandleException(Exception exception) => throw exception;

        protected override Task UpdateDisplayAsync(in RenderBatch renderBatch)
        {
            var set = new List<(string Name, string? Value)>();
            for (var i = 0; i < renderBatch.UpdatedComponents.Count; i++)
            {
                var diff = renderBatch.UpdatedComponents.Array[i];
                for (var e = 0; e < diff.Edits.Count; e++)
                {
                    var edit = diff.Edits.Array[e];
                    if (edit.Type == RenderTreeEditType.SetAttribute)
                    {
                        var frame = renderBatch.ReferenceFrames.Array[edit.ReferenceFrameIndex];
                        set.Add((frame.AttributeName, frame.AttributeValue?.ToString()));
                    }
                    else if (edit.Type == RenderTreeEditType.RemoveAttribute)
                    {
                        set.Add((edit.RemovedAttributeName!, null));
                    }
                }
            }

            Batches.Add(set);
            return Task.CompletedTask;
        }
    }
}
