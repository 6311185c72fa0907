using ClerkStation.Domain.Forms;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Forms;

/// <summary>
/// A field of a catalog form wherever it sits (the form, a group row, a choice list): the form's context, the field's
/// definition, the data holding it and its error path, and the id, required state, error and description every field
/// component derives from them the same way.
/// </summary>
public abstract class FieldComponentBase : ComponentBase
{
    [Parameter, EditorRequired]
    public DynamicFormContext FormContext { get; set; } = default!;

    [Parameter, EditorRequired]
    public FieldDefinition Field { get; set; } = default!;

    /// <summary>The data holding this field: the form's data or one group row.</summary>
    [Parameter, EditorRequired]
    public FormData Row { get; set; } = default!;

    /// <summary>The error path: <c>idNumber</c> or <c>members[1].monthlyIncome</c>.</summary>
    [Parameter, EditorRequired]
    public string Path { get; set; } = string.Empty;

    protected string Id => FormContext.IdFor(Path);

    protected string LabelId => Id + "-label";

    protected string ErrorId => Id + "-error";

    protected bool Required => FormContext.IsRequired(Field, Row);

    protected FieldError? Error => FormContext.ErrorAt(Path);

    protected bool HasError => Error is not null;

    /// <summary>What <c>aria-describedby</c> names: the error while there is one, else the field's help, if any.</summary>
    protected string? DescribedBy => HasError ? ErrorId : Field.Help is null ? null : Id + "-help";
}
