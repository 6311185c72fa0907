using System.Security.Cryptography;
using System.Text.Json;

namespace ClerkStation.Features.Api;

/// <summary>A JSON body read once: its value, its SHA-256 (what an Idempotency-Key is bound to), or the problem to answer instead.</summary>
public sealed record ApiBody<T>(T? Value, string Key, string Hash, IResult? Problem);

/// <summary>Reads the body of a POST that carries an Idempotency-Key: a missing key, bad JSON or an empty body is a 400 problem, never a 500.</summary>
public static class ApiJsonBody
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<ApiBody<T>> ReadAsync<T>(HttpContext http, string what, bool requireKey, CancellationToken ct)
        where T : class
    {
        var key = http.Request.Headers[ApplicationEndpoints.IdempotencyHeader].ToString();
        if ((requireKey && key.Length == 0) || key.Length > 128)
        {
            return new(null, key, string.Empty, ApiErrors.Invalid([new ValidationProblem(ApplicationEndpoints.IdempotencyHeader, "api.idempotencyKeyRequired")]));
        }

        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, ct);
        var body = buffer.ToArray();
        T? value;
        try
        {
            value = JsonSerializer.Deserialize<T>(body, Json);
        }
        catch (JsonException ex)
        {
            return new(null, key, string.Empty, ApiErrors.Problem(StatusCodes.Status400BadRequest, $"The body is not valid JSON for {what}.", ex.Message));
        }

        return value is null
            ? new(null, key, string.Empty, ApiErrors.Problem(StatusCodes.Status400BadRequest, "The body is empty."))
            : new(value, key, Convert.ToHexString(SHA256.HashData(body)), null);
    }
}
