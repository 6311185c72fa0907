using ClerkStation.Domain.Staff;
using ClerkStation.Features.CaseFile;
using ClerkStation.Infrastructure.Practice;
using ClerkStation.Tests.Features.BackOffice;
using Microsoft.AspNetCore.Hosting;

namespace ClerkStation.Tests.Features.CaseFile;

/// <summary>The real app with small case-file limits (300 kB a file, 700 kB an application), so limits are cheap to reach.</summary>
public sealed class CaseFileAppFactory : ClerkAppFactory
{
    public const long MaxFile = 300_000;
    public const long MaxCase = 700_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("CaseFile:MaxFileBytes", MaxFile.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("CaseFile:MaxCaseBytes", MaxCase.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public CaseFileStore Store => Services.GetRequiredService<CaseFileStore>();

    public string Root(WorkspaceKind kind) => Store.RootFor(kind);

    /// <summary>Stored files (not thumbnails, not temporaries) of a workspace.</summary>
    public IReadOnlyList<string> StoredFiles(WorkspaceKind kind = WorkspaceKind.Production) =>
        Directory.Exists(Root(kind))
            ? Directory.EnumerateFiles(Root(kind), "*", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".thumb.jpg", StringComparison.Ordinal) && Path.GetFileName(Path.GetDirectoryName(f)) != "tmp").ToList()
            : [];

    public IReadOnlyList<string> TempFiles(WorkspaceKind kind = WorkspaceKind.Production) =>
        Directory.Exists(CaseFileStore.TempFolder(Root(kind))) ? Directory.GetFiles(CaseFileStore.TempFolder(Root(kind))) : [];

    public Task<MaterialPageView> AttachAsync(Actor clerk, Guid key, string material, byte[] bytes) =>
        this.SendAsync(clerk, new AttachMaterialPage(key, material, new MemoryStream(bytes)));

    /// <summary>Accepts MZ-012 (promised, civil affairs) under <paramref name="key"/>, taking the pages attached to it.</summary>
    public Task<CaseScenario.Submitted> AcceptAsync(Actor clerk, Guid key) => CaseScenario.SubmitPromisedAsync(this, clerk, key);
}
