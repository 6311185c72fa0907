namespace ClerkStation.Infrastructure.Pipeline;

/// <summary>One problem with a request, keyed like the form field it belongs to so the UI can show it there.</summary>
public sealed record ValidationProblem(string Path, string Code, IReadOnlyDictionary<string, string>? Args = null);

/// <summary>A request that failed validation; nothing was changed.</summary>
public sealed class RequestValidationException(IReadOnlyList<ValidationProblem> problems)
    : Exception("The request is not valid: " + string.Join("; ", problems.Select(p => $"{p.Path}:{p.Code}")))
{
    public IReadOnlyList<ValidationProblem> Problems { get; } = problems;
}
