using ClerkStation.Domain.Json;

namespace ClerkStation.Domain.Training;

/// <summary>One thing wrong with a scenario file, located well enough for a trainer to fix it.</summary>
public sealed record ScenarioError(string File, string? ScenarioCode, string JsonPath, string Message)
    : JsonProblem(File, ScenarioCode, JsonPath, Message)
{
    internal static ScenarioError From(JsonProblem problem) => new(problem.File, problem.Code, problem.JsonPath, problem.Message);
}
