using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using ClerkStation.Features.Intake;
using ClerkStation.Features.OnlineApplications;
using ClerkStation.Features.Webhooks;
using ClerkStation.Infrastructure.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;

namespace ClerkStation.Tests.Features.Api;

/// <summary>The app with a quick outbox: polled every 100 ms, first retry after one second.</summary>
public sealed class QuickWebhookAppFactory : ClerkAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Webhooks:PollMilliseconds", "100");
        builder.UseSetting("Webhooks:FirstRetrySeconds", "1");
    }
}

/// <summary>
/// Webhooks over real HTTP: a receiver in the test (its own Kestrel on a free port) is told of a counter decision on its
/// pre-application, signed with its secret, and after answering 500 once it gets the same delivery again.
/// </summary>
public sealed class WebhookTests(QuickWebhookAppFactory app) : IClassFixture<QuickWebhookAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Received(DateTimeOffset At, string Timestamp, string Signature, string Delivery, string Event, string Body);

    [Fact]
    public async Task A_decision_reaches_the_clients_receiver_signed_and_is_retried_after_a_500()
    {
        var received = new ConcurrentQueue<Received>();
        var receiver = WebApplication.CreateSlimBuilder();
        receiver.WebHost.UseUrls("http://127.0.0.1:0");
        await using var hook = receiver.Build();
        hook.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            received.Enqueue(new Received(DateTimeOffset.UtcNow, request.Headers[WebhookSignature.TimestampHeader].ToString(),
                request.Headers[WebhookSignature.SignatureHeader].ToString(), request.Headers[WebhookSignature.DeliveryHeader].ToString(),
                request.Headers[WebhookSignature.EventHeader].ToString(), await reader.ReadToEndAsync()));
            return received.Count == 1 ? Results.StatusCode(500) : Results.Ok();
        });
        await hook.StartAsync(Ct);
        var url = hook.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/hook";

        await Assert.ThrowsAsync<RequestValidationException>(async () =>
            await app.SendAsync(Actors.Admin, m => m.Send(new SetApiClientWebhook(ApiHttp.DemoClient, "ftp://example.org/x"), Ct)));
        var secret = (await app.SendAsync(Actors.Admin, m => m.Send(new SetApiClientWebhook(ApiHttp.DemoClient, url), Ct)))!;

        var id = await PostAsync();
        var pre = (await app.SendAsync(Actors.Clerk, m => m.Send(new OpenPreApplication(id), Ct)))!;
        await app.SendAsync(Actors.Clerk, m => m.Send(new RefuseApplication(pre.Id, pre.TargetCode, pre.Applicant, "不属于本中心受理范围", pre.Id), Ct));

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (received.Count < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, Ct);
        }

        var calls = received.ToArray();
        Assert.Equal(2, calls.Length);
        Assert.All(calls, c => Assert.True(WebhookSignature.Verify(secret, c.Timestamp, c.Body, c.Signature), "signature"));
        Assert.False(WebhookSignature.Verify("another-secret", calls[0].Timestamp, calls[0].Body, calls[0].Signature));
        Assert.Equal(calls[0].Delivery, calls[1].Delivery); // the same delivery, again
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromSeconds(0.9), $"the retry waits for its backoff ({(calls[1].At - calls[0].At).TotalMilliseconds} ms)");
        var body = JsonDocument.Parse(calls[1].Body).RootElement;
        Assert.Equal(WebhookOutbox.PreApplicationDecided, calls[1].Event);
        Assert.Equal(id, body.GetProperty("data").GetProperty("id").GetGuid());
        Assert.Equal("Refused", body.GetProperty("data").GetProperty("status").GetString());

        var deliveries = await WaitForDeliveredAsync(Guid.Parse(calls[0].Delivery));
        Assert.Equal(2, deliveries.Attempts);
        Assert.Equal(200, deliveries.LastStatusCode);
        await Assert.ThrowsAsync<global::ClerkStation.Infrastructure.Security.AccessDeniedException>(async () =>
            await app.SendAsync(Actors.Clerk, m => m.Send(new GetWebhookLog(), Ct)));
    }

    private async Task<WebhookDeliveryRow> WaitForDeliveredAsync(Guid id)
    {
        // The receiver answered before the dispatcher saved its row: read the log until the row says delivered.
        for (var i = 0; i < 100; i++)
        {
            var row = (await app.SendAsync(Actors.Admin, m => m.Send(new GetWebhookLog(), Ct))).Deliveries.Single(d => d.Id == id);
            if (row.DeliveredAt is not null)
            {
                return row;
            }

            await Task.Delay(100, Ct);
        }

        throw new TimeoutException("The delivery was never marked delivered.");
    }

    private async Task<Guid> PostAsync()
    {
        using var http = await ApiHttp.ClientAsync(app);
        var body = JsonSerializer.Serialize(new
        {
            target = "MZ-012",
            channel = "Online",
            applicant = new { kind = "Person", name = "张钩子", idNumber = TestIds.WangFang, phone = "13812345678" },
            form = new { changeReason = "account", holderName = "李四", holderId = TestIds.LiMing },
            materials = new Dictionary<string, string>(),
        });
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/applications") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var response = await http.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ApiHttp.JsonAsync(response)).GetProperty("id").GetGuid();
    }
}
