namespace ClerkStation.Infrastructure;

/// <summary>appsettings "Deadlines": how many working days before the promised date a case turns yellow.</summary>
public sealed class DeadlineOptions
{
    public const string Section = "Deadlines";

    public int WarningWorkingDays { get; set; } = 2;
}
