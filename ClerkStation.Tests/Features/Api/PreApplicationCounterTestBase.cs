using System.Net;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.PreApplications;
using ClerkStation.Features.Intake;
using ClerkStation.Features.OnlineApplications;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Practice;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Api;

/// <summary>What the 网上申请-at-the-counter tests share: a pre-application posted over HTTP, the counter's acceptance of it, a case's channel.</summary>
public abstract class PreApplicationCounterTestBase(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    /// <summary>The applicant the sample application is sent in the name of (its ID number and phone are the sample's).</summary>
    protected static readonly Applicant Sender = new(ApplicantKind.Person, "张网申", TestIds.WangFang, "13812345678");

    protected ClerkAppFactory App => app;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Posts the sample application over HTTP as the demo client; its HTTP client, id, number and status address.</summary>
    protected async Task<(HttpClient Http, Guid Id, string Number, Uri Location)> PostAsync()
    {
        var http = await ApiHttp.ClientAsync(app);
        var response = await ApiApplicationRequests.PostAsync(http, ApiApplicationRequests.Body(name: Sender.Name), Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = await ApiHttp.JsonAsync(response);
        return (http, receipt.GetProperty("id").GetGuid(), receipt.GetProperty("number").GetString()!, response.Headers.Location!);
    }

    protected SubmitApplication Accept(PreApplicationIntake pre, Guid? key = null)
    {
        var target = app.Services.GetRequiredService<CatalogStore>().FindTarget(pre.TargetCode)!;
        var materials = target.RequiredMaterials(FormData.FromJson(pre.FormDataJson)).ToDictionary(m => m.Code, _ => MaterialStatus.Original);
        return new SubmitApplication(key ?? pre.Id, pre.TargetCode, pre.Applicant, pre.FormDataJson, materials, PreApplicationId: pre.Id);
    }

    protected async Task<Channel> ChannelOfCaseAsync(string number)
    {
        await using var db = await app.Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(Ct);
        return await db.Cases.Where(c => c.Number == number).Select(c => c.Channel).SingleAsync(Ct);
    }
}
