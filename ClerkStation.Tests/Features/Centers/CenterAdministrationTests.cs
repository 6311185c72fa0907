using ClerkStation.Features.City;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;

namespace ClerkStation.Tests.Features.Centers;

/// <summary>The city admin manages the centers on /city/centers: create, rename, county, prefix, time zone, all validated.</summary>
public sealed class CenterAdministrationTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_created_center_is_listed_and_its_clerks_number_cases_with_its_prefix_at_once()
    {
        var id = await app.SendAsync(Actors.CityAdmin, m => m.Send(new SaveCenter(null, "dongsha", "东沙镇便民服务中心", "岱山县", "ds", "Asia/Shanghai")));

        var row = Assert.Single(await app.SendAsync(Actors.CityAdmin, m => m.Send(new ListCenters())), c => c.Id == id);
        Assert.Equal(("dongsha", "东沙镇便民服务中心", "岱山县", "DS", "Asia/Shanghai"), (row.Code, row.Name, row.County, row.CasePrefix, row.TimeZoneId));
        Assert.Equal("DS", app.Services.GetRequiredService<CenterDirectory>().Find(id)?.CasePrefix);
        var result = await app.SendAsync(Actors.Clerk.InCenter(id), m => m.Send(IntakeSamples.Instant(IntakeSamples.WangFang with { Address = "岱山县东沙镇" })));
        Assert.Matches(@"^DS-\d{8}-0001$", Assert.Single(result.Cases).Number);
    }

    [Fact]
    public async Task Renaming_changes_name_county_prefix_and_zone_but_never_the_code()
    {
        var id = await app.SendAsync(Actors.CityAdmin, m => m.Send(new SaveCenter(null, "qushan", "衢山镇中心", "岱山县", "QS", "Asia/Shanghai")));

        await app.SendAsync(Actors.CityAdmin, m => m.Send(new SaveCenter(id, "other", "衢山镇便民服务中心", "岱山县（衢山岛）", "QSD", "Asia/Urumqi")));

        var row = Assert.Single(await app.SendAsync(Actors.CityAdmin, m => m.Send(new ListCenters())), c => c.Id == id);
        Assert.Equal(("qushan", "衢山镇便民服务中心", "岱山县（衢山岛）", "QSD", "Asia/Urumqi"), (row.Code, row.Name, row.County, row.CasePrefix, row.TimeZoneId));
        Assert.Equal(("QSD", "Asia/Urumqi"), app.Services.GetRequiredService<CenterDirectory>().Find(id) is { } known ? (known.CasePrefix, known.TimeZoneId) : default);
    }

    [Theory]
    [InlineData("zhujiajian", "Z", "Asia/Shanghai", "casePrefix", "center.prefixInvalid")]
    [InlineData("zhujiajian", "ZJJABCD", "Asia/Shanghai", "casePrefix", "center.prefixInvalid")]
    [InlineData("zhujiajian", "ZJ1", "Asia/Shanghai", "casePrefix", "center.prefixInvalid")]
    [InlineData("zhujiajian", "LX", "Asia/Shanghai", "casePrefix", "center.prefixTaken")]
    [InlineData("zhujiajian", "ZJJ", "Mars/Olympus", "timeZoneId", "center.timeZoneUnknown")]
    [InlineData("zhujiajian", "ZJJ", "", "timeZoneId", "center.timeZoneUnknown")]
    [InlineData("zhu jia jian", "ZJJ", "Asia/Shanghai", "code", "center.codeInvalid")]
    [InlineData("centers", "ZJJ", "Asia/Shanghai", "code", "center.codeReserved")]
    public async Task Bad_input_is_refused_with_the_field_and_the_reason(string code, string prefix, string zone, string path, string reason)
    {
        var refusal = await Assert.ThrowsAsync<RequestValidationException>(async () =>
            await app.SendAsync(Actors.CityAdmin, m => m.Send(new SaveCenter(null, code, "朱家尖街道便民服务中心", "普陀区", prefix, zone))));

        Assert.Contains(refusal.Problems, p => p.Path == path && p.Code == reason);
        Assert.DoesNotContain(await app.SendAsync(Actors.CityAdmin, m => m.Send(new ListCenters())), c => c.Name == "朱家尖街道便民服务中心");
    }

    [Fact]
    public async Task A_prefix_or_code_already_used_by_another_center_is_refused_and_names_the_clash()
    {
        await app.SendAsync(Actors.CityAdmin, m => m.Send(new SaveCenter(null, "changtu", "长涂镇便民服务中心", "岱山县", "CT", "Asia/Shanghai")));
        var second = await app.SendAsync(Actors.CityAdmin, m => m.Send(new SaveCenter(null, "xiushan", "秀山乡便民服务中心", "岱山县", "XS", "Asia/Shanghai")));

        var prefix = await Assert.ThrowsAsync<RequestValidationException>(async () =>
            await app.SendAsync(Actors.CityAdmin, m => m.Send(new SaveCenter(second, "xiushan", "秀山乡便民服务中心", "岱山县", "ct", "Asia/Shanghai"))));
        var code = await Assert.ThrowsAsync<RequestValidationException>(async () =>
            await app.SendAsync(Actors.CityAdmin, m => m.Send(new SaveCenter(null, "ChangTu", "另一个中心", "岱山县", "LTZ", "Asia/Shanghai"))));

        var clash = Assert.Single(prefix.Problems);
        Assert.Equal(("casePrefix", "center.prefixTaken", "CT"), (clash.Path, clash.Code, clash.Args!["value"]));
        Assert.Equal("center.codeTaken", Assert.Single(code.Problems).Code);
        Assert.Equal("XS", (await app.SendAsync(Actors.CityAdmin, m => m.Send(new ListCenters()))).Single(c => c.Id == second).CasePrefix);
    }

    [Fact]
    public async Task Only_the_city_admin_manages_centers()
    {
        foreach (var actor in new[] { Actors.Admin, Actors.CitySupervisor, Actors.Supervisor })
        {
            await Assert.ThrowsAsync<AccessDeniedException>(async () =>
                await app.SendAsync(actor, m => m.Send(new SaveCenter(null, "huanglong", "黄龙乡", "嵊泗县", "HL", "Asia/Shanghai"))));
        }

        Assert.DoesNotContain(await app.SendAsync(Actors.CityAdmin, m => m.Send(new ListCenters())), c => c.Code == "huanglong");
    }
}
