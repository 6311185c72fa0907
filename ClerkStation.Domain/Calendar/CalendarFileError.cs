using ClerkStation.Domain.Json;

namespace ClerkStation.Domain.Calendar;

/// <summary>One problem in a calendar file, located by file name and JSON path so an administrator can fix it.</summary>
public sealed record CalendarFileError(string File, string Path, string Message) : JsonProblem(File, null, Path, Message)
{
    internal static CalendarFileError From(JsonProblem problem) => new(problem.File, problem.JsonPath, problem.Message);
}
