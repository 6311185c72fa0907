namespace ClerkStation.Domain.Forms;

/// <summary>Every error of one form submission, in form order.</summary>
public sealed record FormValidationResult(IReadOnlyList<FieldError> Errors)
{
    public bool IsValid => Errors.Count == 0;

    public FieldError? For(string path) => Errors.FirstOrDefault(e => e.Path == path);
}
