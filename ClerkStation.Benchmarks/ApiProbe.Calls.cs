using System.Net;
using System.Text;
using System.Text.Json;

namespace ClerkStation.Benchmarks;

// The probe's HTTP calls: the bearer token, the warm-up, one POST of the example body.
public static partial class ApiProbe
{
    private static async Task<string> TokenAsync(HttpClient http)
    {
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "bench", ["client_secret"] = Secret,
        }));
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    private static async Task WarmUpAsync(HttpClient http)
    {
        string? id = null;
        for (var i = 0; i < 30; i++)
        {
            var (status, location) = await PostAsync(http);
            if (status != HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"warm-up POST answered {(int)status}");
            }
            id ??= location;
            using var get = await http.GetAsync(id);
            get.EnsureSuccessStatusCode();
        }
    }

    private static async Task<(HttpStatusCode Status, string? Location)> PostAsync(HttpClient http)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/applications") { Content = new StringContent(Body, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        try
        {
            using var response = await http.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            return (response.StatusCode, response.Headers.Location?.ToString());
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // A connection the server dropped or an answer later than HttpClient's 100 s (on a saturated box Kestrel aborts requests it cannot read in time):
            // counted as a failed call (status 0), not the end of the run.
            return (0, null);
        }
    }

    // The docs/api.md example: MZ-012 (promised), a person, a valid form, no materials declared.
    private static readonly string Body = JsonSerializer.Serialize(new
    {
        target = "MZ-012",
        channel = "Online",
        applicant = new { kind = "Person", name = "张三", idNumber = "330902199001011238", phone = "13812345678" },
        form = new { changeReason = "account", holderName = "李四", holderId = "330921195506120027" },
        materials = new { },
    });
}
