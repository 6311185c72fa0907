#pragma warning disable BL0006 // the render tree's size is what these tests guard
using System.Reflection;
using Bunit;
using Bunit.Rendering;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Features.Forms;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.RenderTree;

namespace ClerkStation.Tests.Components.Forms;

/// <summary>
/// A catalog field writes the parts of its input that hold no event (outline, label, help or error, the select's
/// options) as markup: the text in it stays text, and the trees that hold the fields (the form's, each row's) stay within
/// the frame arrays every live circuit keeps twice per component (ADR 0026, docs/performance/circuits.md).
/// </summary>
public sealed class FieldMarkupTests : FormTestContext
{
    private const string Hostile = "<img src=x onerror=alert(1)>&\"'";

    [Fact]
    public void Catalog_text_in_a_label_help_or_option_is_shown_as_text_never_as_markup()
    {
        var form = new FormDefinition(
            [
                TestForms.Field("name", FieldKind.Text, Hostile, Hostile, required: true) with { Help = new LocalizedText(Hostile, Hostile) },
                TestForms.Field("kind", FieldKind.Select, "类别" + Hostile, "Kind") with
                {
                    Options = [new("a\"b<", new LocalizedText(Hostile, Hostile))],
                },
            ]);

        var cut = RenderForm(form, new FormData());

        Assert.Empty(cut.FindAll("img"));
        Assert.Equal(Hostile + " *", cut.Find("label[for=f-name]").TextContent);
        Assert.Equal(Hostile + " *", cut.Find("[data-field=name] legend").TextContent);
        Assert.Equal(Hostile, cut.Find("#f-name-help").TextContent);
        var option = cut.FindAll("#f-kind option")[1];
        Assert.Equal(("a\"b<", Hostile), (option.GetAttribute("value"), option.TextContent));
        cut.Find("#f-kind").Change("a\"b<");
        Assert.Equal("a\"b<", cut.Find("#f-kind").GetAttribute("value"));
    }

    [Fact]
    public async Task The_largest_form_stays_within_256_frames_its_yes_no_radios_64_its_rows_128_and_its_twelve_rows_128()
    {
        var form = CatalogLoader.LoadFromDirectory(RepositoryRoot.Combine("seed-data", "catalog")).Catalog!.FindItem("MZ-001")!.Form;
        var cut = RenderForm(form, new FormData());
        var plain = Frames(cut);
        while (cut.Find("#f-members-add").GetAttribute("disabled") is null)
        {
            cut.Find("#f-members-add").Click();
        }
        Assert.False(await cut.InvokeAsync(() => cut.Instance.ValidateAll())); // every required field shows its error too

        // Blazor keeps two frame arrays per component, 32, 64, 128 … frames long: one frame past a size doubles both.
        // The form writes its top-level inputs itself, as a row does: its own tree stays within 256 frames with every error shown.
        Assert.True(Frames(cut) <= 256, $"the form: {Frames(cut)} frames ({plain} before the errors)");
        var radios = cut.FindComponents<ChoiceField>().Where(c => c.Instance.Field.Kind == FieldKind.Radio && c.Instance.Field.Options.Count <= 2).ToList();
        Assert.NotEmpty(radios);
        Assert.All(radios, r => Assert.True(Frames(r) <= 64, $"{r.Instance.Path}: {Frames(r)} frames"));
        var rows = cut.FindComponents<GroupRow>();
        Assert.Equal(12, rows.Count);
        Assert.Equal(12, cut.FindAll("[data-row]").Count);
        Assert.All(rows, r => Assert.True(Frames(r) <= 128, $"row {r.Instance.Index}: {Frames(r)} frames"));
        var group = cut.FindComponent<GroupField>();
        Assert.True(Frames(group) <= 128, $"the household: {Frames(group)} frames");
    }

    [Fact]
    public async Task An_input_hands_the_same_handlers_to_every_render_so_no_render_tree_keeps_its_own()
    {
        var cut = RenderForm(TestForms.Household(), new FormData());
        var before = Handlers(cut);
        Assert.Contains(before, h => h.Key == ("idNumber", "oninput"));
        Assert.Contains(before, h => h.Key.Event == "onblur");

        Assert.False(await cut.InvokeAsync(() => cut.Instance.ValidateAll())); // every field written again, with its error

        var after = Handlers(cut);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, h => Assert.Same(h.Value, after[h.Key]));
    }

    /// <summary>The delegate behind each event attribute of the form's own tree, by the field's path and the event.</summary>
    private Dictionary<(string Field, string Event), Delegate> Handlers(IRenderedComponent<DynamicForm> cut)
    {
        var handlers = new Dictionary<(string, string), Delegate>();
        string? field = null;
        var tree = Tree(cut);
        for (var i = 0; i < tree.Count; i++)
        {
            var frame = tree.Array[i];
            if (frame is { FrameType: RenderTreeFrameType.Attribute, AttributeName: "data-field" })
            {
                field = (string)frame.AttributeValue;
            }
            else if (frame is { FrameType: RenderTreeFrameType.Attribute, AttributeName: "oninput" or "onchange" or "onblur" } && field is not null)
            {
                // A delegate, or an EventCallback boxed with its receiver: the delegate is its internal field.
                handlers[(field, frame.AttributeName)] = frame.AttributeValue as Delegate
                    ?? (Delegate)frame.AttributeValue.GetType().GetField("Delegate", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)!.GetValue(frame.AttributeValue)!;
            }
        }
        return handlers;
    }

    private int Frames<T>(IRenderedComponent<T> component) where T : IComponent => Tree(component).Count;

    private ArrayRange<RenderTreeFrame> Tree<T>(IRenderedComponent<T> component) where T : IComponent =>
        (ArrayRange<RenderTreeFrame>)typeof(BunitRenderer).GetMethod("GetCurrentRenderTreeFrames", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)!
            .Invoke(Renderer, [component.ComponentId])!;
}
