namespace ClerkStation.Domain.Intake;

public static class IntakeRuleCodes
{
    public const string NothingMissing = "intake.nothingMissing";
}
