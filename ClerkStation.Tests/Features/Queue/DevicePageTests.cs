using ClerkStation.Domain.Queue;
using ClerkStation.Features.Devices;

namespace ClerkStation.Tests.Features.Queue;

/// <summary>The device pages answer a missing, wrong or revoked link with the refusal page (never the machine, never a 500).</summary>
public sealed class DevicePageTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    [Theory]
    [InlineData("/kiosk")]
    [InlineData("/kiosk?device=nonsense")]
    [InlineData("/hall")]
    [InlineData("/hall?device=00000000000000000000000000000000.x")]
    public async Task Without_a_valid_link_the_page_refuses(string address)
    {
        var html = await app.CreateClient().GetStringAsync(address, TestContext.Current.CancellationToken);
        Assert.Contains("data-testid=\"device-refused\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-category", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kiosk_link_opens_the_kiosk_not_the_hall_and_stops_when_revoked()
    {
        var kiosk = await app.SendAsync(Actors.Admin, new RegisterDevice("取号机", DeviceKind.Kiosk));
        var client = app.CreateClient();
        Assert.Contains("data-category=\"A\"", await client.GetStringAsync("/kiosk?device=" + kiosk.Link, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("device-refused", await client.GetStringAsync("/hall?device=" + kiosk.Link, TestContext.Current.CancellationToken), StringComparison.Ordinal);

        await app.SendAsync(Actors.Admin, new RevokeDevice(kiosk.Id));
        var revoked = await client.GetStringAsync("/kiosk?device=" + kiosk.Link, TestContext.Current.CancellationToken);
        Assert.Contains("此设备的链接已被吊销", revoked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_phone_ticket_says_so()
    {
        var html = await app.CreateClient().GetStringAsync("/q/unknown-token", TestContext.Current.CancellationToken);
        Assert.Contains("data-testid=\"phone-unknown\"", html, StringComparison.Ordinal);
    }
}
