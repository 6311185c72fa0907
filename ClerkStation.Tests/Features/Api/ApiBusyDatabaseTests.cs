using System.Net;
using ClerkStation.Features.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Api;

/// <summary>
/// A database that stayed locked past the busy timeout is a 503 with Retry-After for an API caller (nothing was saved;
/// the same call with its Idempotency-Key is safe to send again), never a 500.
/// </summary>
public sealed class ApiBusyDatabaseTests
{
    [Theory]
    [InlineData(5, true)] // SQLITE_BUSY
    [InlineData(6, true)] // SQLITE_LOCKED
    [InlineData(19, false)] // SQLITE_CONSTRAINT: a real conflict, not a retry
    public void Busy_and_locked_are_told_apart_from_other_database_errors_even_inside_EF_Cores_exception(int code, bool busy)
    {
        Assert.Equal(busy, ApiErrors.IsDatabaseBusy(new SqliteException("database error", code)));
        Assert.Equal(busy, ApiErrors.IsDatabaseBusy(new DbUpdateException("save failed", new SqliteException("database error", code))));
    }

    [Fact]
    public async Task An_api_call_that_meets_a_locked_database_gets_503_with_retry_after_and_a_problem_document()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        await using var app = builder.Build();
        app.UseApiErrors();
        app.MapPost("/api/v1/applications", () =>
        {
            throw new DbUpdateException("save failed", new SqliteException("database is locked", 5));
        });
        await app.StartAsync(TestContext.Current.CancellationToken);

        using var response = await app.GetTestClient().PostAsync("/api/v1/applications", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("1", response.Headers.GetValues("Retry-After").Single());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("busy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.OrdinalIgnoreCase);
    }
}
