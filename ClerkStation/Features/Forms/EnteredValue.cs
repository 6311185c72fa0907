namespace ClerkStation.Features.Forms;

/// <summary>
/// The value a native input shows: the one the user last gave it, until its owner hands a different one (a change made
/// on the server). Kept by whoever renders the input (<see cref="NativeText"/>, <see cref="FieldInput"/>), so the text
/// typed or the option chosen is never pushed back to an element that has already moved past it (ADR 0026).
/// </summary>
public sealed class EnteredValue
{
    /// <summary>What the input shows.</summary>
    public string Shown { get; private set; } = string.Empty;

    /// <summary>The value last handed in by the owner or committed to it.</summary>
    public string? Given { get; private set; }

    /// <summary>The owner's value; true when it differs from the one last given, and so replaced what was shown.</summary>
    public bool Receive(string? value)
    {
        if (string.Equals(value, Given, StringComparison.Ordinal))
        {
            return false;
        }

        Given = value;
        Shown = value ?? string.Empty;
        return true;
    }

    /// <summary>What the user typed or chose, shown at once.</summary>
    public void Show(string? text) => Shown = text ?? string.Empty;

    /// <summary>Commits what is shown: the value to hand to the owner (empty text is no value).</summary>
    public string? Commit() => Given = Shown.Length > 0 ? Shown : null;
}
