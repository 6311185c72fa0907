using ClerkStation.Features.Admin;
using ClerkStation.Features.ItemSearch;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;

namespace ClerkStation.Tests.Features.Centers;

/// <summary>
/// Each center's list of items from the shared catalog (ADR 0025), kept by its admin: the counter's search and the
/// server-side submit offer and accept only those; an empty list means every item.
/// </summary>
public sealed class CenterItemListTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_center_without_a_list_offers_every_item()
    {
        await TestCenters.EnsureAsync(app, Ct);
        var clerk = Actors.Clerk.InCenter(TestCenters.Shenjiamen);

        Assert.Empty(await app.SendAsync(Actors.Admin.InCenter(TestCenters.Shenjiamen), m => m.Send(new GetCenterItems())));
        Assert.Null((await app.SendAsync(clerk, m => m.Send(new GetPickerContext()))).Offered);
        Assert.Single((await app.SendAsync(clerk, m => m.Send(IntakeSamples.InstantForGaotingResident()))).Cases);
    }

    [Fact]
    public async Task The_counter_searches_and_accepts_only_the_items_on_its_centers_list()
    {
        await TestCenters.EnsureAsync(app, Ct);
        var admin = Actors.Admin.InCenter(TestCenters.Gaoting);
        var clerk = Actors.Clerk.InCenter(TestCenters.Gaoting);
        Assert.Equal(1, await app.SendAsync(admin, m => m.Send(new AddCenterItems(["MZ-012"]))));

        var offered = (await app.SendAsync(clerk, m => m.Send(new GetPickerContext()))).Offered;
        Assert.Equal(["MZ-012"], offered!.Order());
        var search = app.Services.GetRequiredService<CatalogSearch>();
        Assert.Empty(search.Search(null, "rs", null, null, offered: offered));
        Assert.Contains(search.Search(null, "rs", null, null), c => c.Code == "RS-002");
        Assert.Equal(["MZ-012"], search.Search(null, "mz", null, null, offered: offered).Select(c => c.Code));
        var refusal = await Assert.ThrowsAsync<RequestValidationException>(async () => await app.SendAsync(clerk, m => m.Send(IntakeSamples.InstantForGaotingResident())));
        var problem = Assert.Single(refusal.Problems);
        Assert.Equal(("intake.itemNotOffered", "RS-002"), (problem.Code, problem.Args!["code"]));

        // Another center's list is its own; adding the item lets the counter accept it; emptying the list offers all again.
        Assert.Empty(await app.SendAsync(Actors.Admin.InCenter(TestCenters.Taohua), m => m.Send(new GetCenterItems())));
        await app.SendAsync(admin, m => m.Send(new AddCenterItems(["RS-002", "MZ-012"])));
        Assert.Equal(["MZ-012", "RS-002"], await app.SendAsync(admin, m => m.Send(new GetCenterItems())));
        Assert.Single((await app.SendAsync(clerk, m => m.Send(IntakeSamples.InstantForGaotingResident()))).Cases);
        Assert.True(await app.SendAsync(admin, m => m.Send(new RemoveCenterItem("RS-002"))));
        Assert.True(await app.SendAsync(admin, m => m.Send(new RemoveCenterItem("MZ-012"))));
        Assert.Null((await app.SendAsync(clerk, m => m.Send(new GetPickerContext()))).Offered);
    }

    [Fact]
    public async Task An_unknown_code_is_refused_with_its_code_and_nothing_is_added()
    {
        var admin = Actors.Admin.InCenter(TestCenters.Taohua);

        var refusal = await Assert.ThrowsAsync<RequestValidationException>(async () =>
            await app.SendAsync(admin, m => m.Send(new AddCenterItems(["RS-002", "XX-999"]))));

        var problem = Assert.Single(refusal.Problems);
        Assert.Equal(("centerItems.unknownCode", "XX-999"), (problem.Code, problem.Args!["code"]));
        Assert.Empty(await app.SendAsync(admin, m => m.Send(new GetCenterItems())));
        await Assert.ThrowsAsync<RequestValidationException>(async () => await app.SendAsync(admin, m => m.Send(new AddCenterItems([]))));
        await Assert.ThrowsAsync<AccessDeniedException>(async () => await app.SendAsync(Actors.Clerk, m => m.Send(new AddCenterItems(["RS-002"]))));
    }
}
