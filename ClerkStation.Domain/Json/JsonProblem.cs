namespace ClerkStation.Domain.Json;

/// <summary>
/// One thing wrong with a data file (catalog, training scenarios, calendar), located well enough for its author to fix
/// it: <c>file · code · JSON path · message</c>, the code (item, bundle, material, scenario) left out when there is none.
/// </summary>
public record JsonProblem(string File, string? Code, string JsonPath, string Message)
{
    /// <summary><c>items/mz.json · MZ-001 · $.items[0].promisedDays · promisedDays (25) exceeds statutoryDays (23)</c>.</summary>
    public sealed override string ToString() =>
        Code is null ? $"{File} · {JsonPath} · {Message}" : $"{File} · {Code} · {JsonPath} · {Message}";
}
