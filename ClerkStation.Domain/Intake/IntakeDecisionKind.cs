namespace ClerkStation.Domain.Intake;

/// <summary>A counter decision that accepts no case.</summary>
public enum IntakeDecisionKind
{
    /// <summary>一次性告知: everything missing or faulty, listed once, in writing.</summary>
    OneTimeNotice,

    /// <summary>不予受理: the application cannot be accepted here, with the reason.</summary>
    Refusal,
}
