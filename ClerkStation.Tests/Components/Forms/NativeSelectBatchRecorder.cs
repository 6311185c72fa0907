// The render batches are what the browser receives; watching them is the point of these tests (Blazor marks the types as internal-ish).
#pragma warning disable BL0006

using ClerkStation.Domain.Forms;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.RenderTree;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClerkStation.Tests.Components.Forms;

/// <summary>A renderer of a <see cref="NativeSelectHost"/> that keeps every batch it would send to the browser.</summary>
internal sealed class NativeSelectBatchRecorder() : Renderer(new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider(), NullLoggerFactory.Instance)
{
    private int _selectOwnerId = -1;

    public override Dispatcher Dispatcher { get; } = Dispatcher.CreateDefault();

    /// <summary>Per batch: the attribute frames (name, value) set by its edits.</summary>
    public List<List<(string Name, string? Value)>> Batches { get; } = [];

    public async Task<NativeSelectHost> RenderHostAsync(FieldDefinition field, string? value)
    {
        var host = (NativeSelectHost)InstantiateComponent(typeof(NativeSelectHost));
        var id = AssignRootComponentId(host);
        await Dispatcher.InvokeAsync(() => RenderRootComponentAsync(id, ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(NativeSelectHost.Field)] = field,
            [nameof(NativeSelectHost.Value)] = value,
        })));
        _selectOwnerId = id; // the host writes the select into its own tree, as the form does
        return host;
    }

    /// <summary>The browser's change event: the handler, and the value the element now holds (Blazor's EventFieldInfo).</summary>
    public Task ChangeSelectAsync(string value) => Dispatcher.InvokeAsync(() =>
    {
        var handler = Frames(_selectOwnerId).First(f => f is { FrameType: RenderTreeFrameType.Attribute, AttributeName: "onchange" });
        return DispatchEventAsync(handler.AttributeEventHandlerId, new EventFieldInfo { ComponentId = _selectOwnerId, FieldValue = value },
            new ChangeEventArgs { Value = value });
    });

    /// <summary>The <c>value</c> attributes the renderer sent to the browser since the batches were cleared.</summary>
    public List<string?> ValueEdits() => [.. Batches.SelectMany(b => b).Where(a => a.Name == "value").Select(a => a.Value)];

    /// <summary>The attributes of the <c>select</c> element itself (not of its options).</summary>
    public IEnumerable<string?> SelectValueAttributes() =>
        Frames(_selectOwnerId).SkipWhile(f => f is not { FrameType: RenderTreeFrameType.Element, ElementName: "select" }).Skip(1)
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
