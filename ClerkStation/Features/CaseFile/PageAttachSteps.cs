using System.Linq.Expressions;

namespace ClerkStation.Features.CaseFile;

/// <summary>
/// Where an attached page goes: the pages it is counted and numbered with, the check that they still take a page
/// (run before the file is stored and again inside the row's transaction), and how its row is made from the stored file
/// and its page order.
/// </summary>
internal sealed record PageSlot(
    Expression<Func<MaterialPage, bool>> Pages,
    string MaterialCode,
    Func<CancellationToken, Task> EnsureOpen,
    Func<StoredFile, int, CancellationToken, Task<MaterialPage>> NewPage);

/// <summary>
/// The steps every attach request takes: the bytes are streamed to disk within what is left of the total before the row
/// is written (if the row fails, the sweeper removes the file later); then, in one transaction, the slot is checked
/// again (another tab may have added pages or decided meanwhile), the total re-checked and the page added last in order.
/// </summary>
internal static class PageAttachSteps
{
    public static async Task<MaterialPageView> AttachAsync(ClerkDbContext db, CaseFileStore store, string root, Stream content, PageSlot slot, CancellationToken ct)
    {
        var pages = db.Set<MaterialPage>();
        var held = await pages.Where(slot.Pages).SumAsync(p => p.Size, ct);
        await slot.EnsureOpen(ct);
        var file = await store.StoreWithinAsync(root, content, held, ct);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await slot.EnsureOpen(ct);
        store.CheckTotal(await pages.Where(slot.Pages).SumAsync(p => p.Size, ct), file);
        var order = await pages.Where(slot.Pages).Where(p => p.MaterialCode == slot.MaterialCode).MaxAsync(p => (int?)p.PageOrder, ct) ?? 0;
        var page = await slot.NewPage(file, order + 1, ct);
        pages.Add(page);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return MaterialPageView.From(page);
    }
}

/// <summary>Both attach requests take a page only for a well-formed material code.</summary>
public sealed class AttachPageValidator : IRequestValidator<AttachMaterialPage>, IRequestValidator<AttachSupplementPage>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(AttachMaterialPage message, CancellationToken cancellationToken) =>
        ValueTask.FromResult(MaterialPages.CheckCode(message.MaterialCode));

    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(AttachSupplementPage message, CancellationToken cancellationToken) =>
        ValueTask.FromResult(MaterialPages.CheckCode(message.MaterialCode));
}
