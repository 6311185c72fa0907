namespace ClerkStation.Domain.Forms;

/// <summary>What a form field asks for; decides rendering and which validation rules apply.</summary>
public enum FieldKind
{
    Text,
    Textarea,
    Number,
    Money,
    Date,
    Select,
    Radio,
    Checkbox,
    MultiSelect,
    ResidentId,
    CreditCode,
    Mobile,
    Address,
    Group,
    Section,
    Computed,
}
