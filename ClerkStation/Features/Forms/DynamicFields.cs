using ClerkStation.Domain.Forms;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace ClerkStation.Features.Forms;

/// <summary>
/// The visible fields of the form's top level, each a <see cref="DynamicField"/>. Hidden fields are not rendered at
/// all. Markup written by the form, not a component (ADR 0026); a group row writes its own (<see cref="GroupRow"/>).
/// </summary>
public static class DynamicFields
{
    /// <param name="prefix">Path prefix of the fields: empty at the top of the form.</param>
    public static RenderFragment Render(DynamicFormContext context, IReadOnlyList<FieldDefinition> fields, FormData row, string prefix) => builder =>
    {
        foreach (var field in fields)
        {
            if (!context.IsVisible(field, row))
            {
                continue;
            }

            Field(builder, context, field, row, prefix + field.Key);
        }
    };

    /// <summary>One field's <see cref="DynamicField"/>, keyed by the field's key among its siblings (sequence 0–4).</summary>
    public static void Field(RenderTreeBuilder builder, DynamicFormContext context, FieldDefinition field, FormData row, string path)
    {
        builder.OpenComponent<DynamicField>(0);
        builder.SetKey(field.Key);
        builder.AddComponentParameter(1, nameof(DynamicField.FormContext), context);
        builder.AddComponentParameter(2, nameof(DynamicField.Field), field);
        builder.AddComponentParameter(3, nameof(DynamicField.Row), row);
        builder.AddComponentParameter(4, nameof(DynamicField.Path), path);
        builder.CloseComponent();
    }
}
