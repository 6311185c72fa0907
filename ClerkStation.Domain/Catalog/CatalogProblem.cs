using ClerkStation.Domain.Json;

namespace ClerkStation.Domain.Catalog;

/// <summary>One thing wrong with the catalog files; <see cref="ItemCode"/> is the item, bundle or shared material code.</summary>
public sealed record CatalogProblem(string File, string? ItemCode, string JsonPath, string Message)
    : JsonProblem(File, ItemCode, JsonPath, Message)
{
    internal static CatalogProblem From(JsonProblem problem) => new(problem.File, problem.Code, problem.JsonPath, problem.Message);
}
