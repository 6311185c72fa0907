using System.Net;
using ClerkStation.Infrastructure.Practice;
using Microsoft.EntityFrameworkCore;
using static ClerkStation.Tests.Features.Api.ApiApplicationRequests;

namespace ClerkStation.Tests.Features.Api;

/// <summary>POST /api/v1/applications with an Idempotency-Key: a repeat returns the first result, another body is a conflict, concurrent posts make one.</summary>
public sealed class ApiApplicationIdempotencyTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

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
}
