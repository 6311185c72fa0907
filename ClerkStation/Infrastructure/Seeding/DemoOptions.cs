namespace ClerkStation.Infrastructure.Seeding;

/// <summary>The embedded demo configuration: on by default for `dotnet run`, off in appsettings.Production.json.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }
}
