using ClerkStation.Domain.Forms;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Forms;

/// <summary>
/// The visible fields of one scope: the form itself or one group row. Hidden fields are not rendered at all. Markup
/// written by the form and by each row, not a component: one per row and the form's in every circuit (ADR 0026).
/// </summary>
public static class DynamicFields
{
    /// <param name="prefix">Path prefix of the scope: empty at the top, <c>members[1].</c> inside a row.</param>
    public static RenderFragment Render(DynamicFormContext context, IReadOnlyList<FieldDefinition> fields, FormData row, string prefix) => builder =>
    {
        foreach (var field in fields)
        {
            if (!context.IsVisible(field, row))
            {
                continue;
            }

            builder.OpenComponent<DynamicField>(0);
            builder.SetKey(field.Key);
            builder.AddComponentParameter(1, nameof(DynamicField.FormContext), context);
            builder.AddComponentParameter(2, nameof(DynamicField.Field), field);
            builder.AddComponentParameter(3, nameof(DynamicField.Row), row);
            builder.AddComponentParameter(4, nameof(DynamicField.Path), prefix + field.Key);
            builder.CloseComponent();
        }
    };
}
