using System.Net;

namespace ClerkStation.Tests.Features.Queue;

/// <summary>The customer screen is a signed-in clerk's page: nobody signed out, and no other role, opens it.</summary>
public sealed class CustomerPageTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    [Fact]
    public async Task A_clerk_opens_the_customer_screen_of_a_window_with_name_and_staff_number()
    {
        using var clerk = await app.SignedInClientAsync("clerk");
        var html = await clerk.GetStringAsync("/window/1/customer", TestContext.Current.CancellationToken);
        Assert.Contains("data-testid=\"customer-clerk\"", html, StringComparison.Ordinal);
        Assert.Contains("工号 clerk", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"customer-welcome\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("supervisor")]
    [InlineData("reviewer.mz")]
    [InlineData("admin")]
    public async Task Anyone_else_is_refused(string? user)
    {
        using var client = user is null ? HttpSignIn.Client(app) : await app.SignedInClientAsync(user);
        var response = await client.GetAsync("/window/1/customer", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("customer-clerk", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_window_is_a_clear_error_not_a_500()
    {
        using var clerk = await app.SignedInClientAsync("clerk");
        var response = await clerk.GetAsync("/window/99/customer", TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        Assert.Contains("data-testid=\"customer-error\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
