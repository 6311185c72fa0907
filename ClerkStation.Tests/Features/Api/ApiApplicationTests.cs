using System.Net;
using System.Text;
using System.Text.Json;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Features.Intake;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Practice;
using ClerkStation.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClerkStation.Tests.Features.Api;

/// <summary>POST /api/v1/applications and GET /api/v1/applications/{id} over HTTP: pre-applications, idempotency, the counter's field errors.</summary>
public sealed class ApiApplicationTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Body(string holderId = TestIds.LiMing, string name = "张三") => new
    {
        target = "MZ-012",
        channel = "Online",
        applicant = new { kind = "Person", name, idNumber = TestIds.WangFang, phone = "13812345678" },
        form = new { changeReason = "account", holderName = "李四", holderId },
        materials = new Dictionary<string, string>(),
    };

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, object body, string? key) =>
        PostRawAsync(http, JsonSerializer.Serialize(body), key);

    private static Task<HttpResponseMessage> PostRawAsync(HttpClient http, string json, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/applications") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return http.SendAsync(request, Ct);
    }

    [Fact]
    public async Task A_valid_application_becomes_a_pre_application_with_a_status_and_timeline()
    {
        using var http = await ApiHttp.ClientAsync(app);
        await using var db = await app.Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(Ct);
        var casesBefore = await db.Cases.CountAsync(Ct);
        var response = await PostAsync(http, Body(), Guid.NewGuid().ToString());
        var receipt = await ApiHttp.JsonAsync(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.StartsWith("WS", receipt.GetProperty("number").GetString());
        Assert.Equal("Submitted", receipt.GetProperty("status").GetString());
        Assert.Equal("Online", receipt.GetProperty("channel").GetString());
        var status = await ApiHttp.JsonAsync(await http.GetAsync(response.Headers.Location, Ct));
        Assert.Equal("MZ-012", status.GetProperty("target").GetString());
        Assert.Equal("Submitted", status.GetProperty("timeline")[0].GetProperty("status").GetString());
        Assert.Equal(casesBefore, await db.Cases.CountAsync(Ct)); // not a case: the counter decides
        Assert.Equal("Submitted", (await db.PreApplications.SingleAsync(p => p.Number == receipt.GetProperty("number").GetString(), Ct)).Status.ToString());
    }

    [Fact]
    public async Task The_same_key_and_body_return_the_first_result_and_another_body_is_409()
    {
        using var http = await ApiHttp.ClientAsync(app);
        var key = Guid.NewGuid().ToString();
        var first = await ApiHttp.JsonAsync(await PostAsync(http, Body(), key));

        var again = await PostAsync(http, Body(), key);
        var other = await PostAsync(http, Body(name: "王五"), key);

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(first.GetProperty("id").GetGuid(), (await ApiHttp.JsonAsync(again)).GetProperty("id").GetGuid());
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Twenty_concurrent_posts_with_one_key_create_one_pre_application()
    {
        using var http = await ApiHttp.ClientAsync(app);
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => PostAsync(http, Body(), key)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (await ApiHttp.JsonAsync(r)).GetProperty("id").GetGuid()));
        Assert.Single(ids.Distinct());
        await using var db = await app.Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(Ct);
        Assert.Equal(1, await db.PreApplications.CountAsync(p => p.IdempotencyKey == key, Ct));
    }

    [Fact]
    public async Task An_invalid_form_is_a_problem_with_the_counters_field_paths_and_codes()
    {
        using var http = await ApiHttp.ClientAsync(app);
        var response = await PostAsync(http, Body(holderId: TestIds.InvalidCheckDigit), Guid.NewGuid().ToString());
        var problem = await ApiHttp.JsonAsync(response);
        var errors = problem.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("path").GetString(), e.GetProperty("code").GetString())).ToList();

        // The counter, sent the same form, names the same fields with the same codes.
        await using var scope = app.ScopeFor(Actors.Clerk);
        var counter = await Assert.ThrowsAsync<RequestValidationException>(async () => await scope.ServiceProvider.GetRequiredService<Mediator.IMediator>().Send(
            new SubmitApplication(Guid.NewGuid(), "MZ-012", new Applicant(ApplicantKind.Person, "张三", TestIds.WangFang, "13812345678"),
                """{"changeReason":"account","holderName":"李四","holderId":"330902199001011237"}""", new Dictionary<string, MaterialStatus>()), Ct));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(("form.holderId", counter.Problems.Single(p => p.Path == "form.holderId").Code), errors);
    }

    [Theory]
    [InlineData(null, "{}", "Idempotency-Key")]
    [InlineData("k", """{"target":"MZ-012","channel":"Fax"}""", "channel")]
    [InlineData("k", """{"target":"NOPE","channel":"Online"}""", "target")]
    public async Task Bad_input_is_a_400_problem_naming_the_field(string? key, string json, string path)
    {
        using var http = await ApiHttp.ClientAsync(app);
        var response = await PostRawAsync(http, json, key is null ? null : key + Guid.NewGuid());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains((await ApiHttp.JsonAsync(response)).GetProperty("errors").EnumerateArray(), e => e.GetProperty("path").GetString() == path);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_not_a_500()
    {
        using var http = await ApiHttp.ClientAsync(app);
        var response = await PostRawAsync(http, "{\"target\": ", Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Submitting_needs_the_write_scope_and_reading_another_clients_application_is_404()
    {
        using var reader = await ApiHttp.ClientAsync(app, scope: "catalog.read applications.read");
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(reader, Body(), Guid.NewGuid().ToString())).StatusCode);

        using var demo = await ApiHttp.ClientAsync(app);
        var created = await PostAsync(demo, Body(), Guid.NewGuid().ToString());
        await using (var scope = app.ScopeFor(Actors.Admin))
        {
            var secret = await scope.ServiceProvider.GetRequiredService<Mediator.IMediator>().Send(
                new ClerkStation.Features.Admin.RegisterApiClient("other-" + Guid.NewGuid().ToString("N")[..8], "Other", ["applications.read"]), Ct);
            var clients = await scope.ServiceProvider.GetRequiredService<Mediator.IMediator>().Send(new ClerkStation.Features.Admin.ListApiClients(), Ct);
            using var other = await ApiHttp.ClientAsync(app, clients.First(c => c.ClientId.StartsWith("other-", StringComparison.Ordinal)).ClientId, secret);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(created.Headers.Location, Ct)).StatusCode);
        }
    }
}
