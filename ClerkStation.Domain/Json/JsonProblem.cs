namespace ClerkStation.Domain.Json;

/// <summary>
/// One thing wrong with a data file (catalog, training scenarios, calendar, licence library), located well enough for its
/// author to fix it: <c>file · code · JSON path · message</c>, the code (item, bundle, material, scenario) left out when
/// there is none.
/// </summary>
public record JsonProblem(string File, string? Code, string JsonPath, string Message)
{
    /// <summary>What kind of problem the toolkit found, for a reader that shows it in the user's language.</summary>
    public JsonProblemKind Kind { get; init; } = JsonProblemKind.Invalid;

    /// <summary>The values a translated message needs (e.g. the line of a syntax error, the allowed names).</summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary><c>items/mz.json · MZ-001 · $.items[0].promisedDays · promisedDays (25) exceeds statutoryDays (23)</c>.</summary>
    public sealed override string ToString() =>
        Code is null ? $"{File} · {JsonPath} · {Message}" : $"{File} · {Code} · {JsonPath} · {Message}";
}

/// <summary>The kinds of problem the JSON toolkit itself reports; a file's own rules are <see cref="Invalid"/>.</summary>
public enum JsonProblemKind
{
    /// <summary>A rule of the file's own (a range, a pattern, a reference).</summary>
    Invalid,

    /// <summary>Not UTF-8 (args: byte offset, line).</summary>
    Encoding,

    /// <summary>Not JSON (args: line, position).</summary>
    Syntax,

    NotAnObject,

    /// <summary>A property the file's format does not know (args: the allowed names).</summary>
    UnknownProperty,

    DuplicateProperty,

    Missing,

    /// <summary>A value of another JSON type than the property's.</summary>
    WrongType,

    /// <summary>An empty or blank string where text is required.</summary>
    Empty,
}
