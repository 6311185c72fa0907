using System.Text;
using System.Text.Json;

namespace ClerkStation.Tests.Features.Api;

/// <summary>An integrator's POST /api/v1/applications: the sample MZ-012 application (李四's account change) and the request with its Idempotency-Key.</summary>
internal static class ApiApplicationRequests
{
    public static object Body(string holderId = TestIds.LiMing, string name = "张三") => new
    {
        target = "MZ-012",
        channel = "Online",
        applicant = new { kind = "Person", name, idNumber = TestIds.WangFang, phone = "13812345678" },
        form = new { changeReason = "account", holderName = "李四", holderId },
        materials = new Dictionary<string, string>(),
    };

    public static Task<HttpResponseMessage> PostAsync(HttpClient http, object body, string? key) =>
        PostRawAsync(http, JsonSerializer.Serialize(body), key);

    public static Task<HttpResponseMessage> PostRawAsync(HttpClient http, string json, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/applications") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return http.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
