using ClerkStation.Features.BackOffice;
using ClerkStation.Features.CaseFile;
using ClerkStation.Features.FollowUps;

namespace ClerkStation.Tests.Features.CaseFile;

/// <summary>A supplement's pages join the case file marked as new, and only while the case waits for the supplement.</summary>
public sealed class SupplementPageTests(CaseFileAppFactory app) : IClassFixture<CaseFileAppFactory>
{
    [Fact]
    public async Task Pages_brought_for_a_supplement_are_new_to_the_reviewer_and_earlier_pages_are_not()
    {
        var key = Guid.NewGuid();
        var original = await app.AttachAsync(Actors.Clerk, key, "holder-id", TestPages.Png(70, 70, 1));
        var (id, number) = await app.AcceptAsync(Actors.Clerk, key);

        // Before the back office asks, no supplement page can be added.
        var early = await Assert.ThrowsAsync<InvalidPageException>(() =>
            app.SendAsync(Actors.Clerk, new AttachSupplementPage(id, new MemoryStream(TestPages.Png(71, 71, 2)))));
        Assert.Equal(CaseFileCodes.NoSupplementRequested, early.Code);

        await app.SendAsync(Actors.ReviewerMz, new ClaimCase(id));
        await app.SendAsync(Actors.ReviewerMz, new RequestSupplement(id, ["户口簿复印件"]));

        var missing = await Assert.ThrowsAsync<InvalidPageException>(() =>
            app.SendAsync(Actors.Clerk2, new AttachSupplementPage(id, new MemoryStream(TestPages.Png(72, 72, 3)))));
        Assert.Equal(CaseFileCodes.NotFound, missing.Code);

        var added = await app.SendAsync(Actors.Clerk, new AttachSupplementPage(id, new MemoryStream(TestPages.Jpeg(80, 60, 4))));
        await app.SendAsync(Actors.Clerk, new RecordCaseSupplement(id));

        var file = await app.SendAsync(Actors.ReviewerMz, new GetCaseFile(number));
        Assert.Equal([(original.Id, false), (added.Id, true)], file.OrderBy(p => p.UploadedAt).Select(p => (p.Id, p.IsNew)));
        Assert.Equal(AttachSupplementPage.SupplementMaterial, file.Single(p => p.IsNew).MaterialCode);

        // Once recorded, the case is back in review: the window for supplement pages is closed again.
        await Assert.ThrowsAsync<InvalidPageException>(() =>
            app.SendAsync(Actors.Clerk, new AttachSupplementPage(id, new MemoryStream(TestPages.Png(73, 73, 5)))));
    }
}
