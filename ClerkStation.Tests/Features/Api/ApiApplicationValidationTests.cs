using System.Net;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Features.Intake;
using ClerkStation.Infrastructure.Pipeline;
using static ClerkStation.Tests.Features.Api.ApiApplicationRequests;

namespace ClerkStation.Tests.Features.Api;

/// <summary>POST /api/v1/applications with bad input: a 400 problem naming the fields, with the counter's paths and codes.</summary>
public sealed class ApiApplicationValidationTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

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

        ApiHttp.AssertProblem(response, HttpStatusCode.BadRequest);
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

        ApiHttp.AssertProblem(response, HttpStatusCode.BadRequest);
    }
}
