namespace ClerkStation.Features.Licences;

/// <summary>
/// Administrators: an upload of the provincial licence library's export. <see cref="DryRun"/> checks the file and counts
/// what an import would do (nothing is saved); otherwise the good rows are imported. Idempotent: a licence already held
/// (same type and number) takes the file's status and validity, so importing the same file again changes nothing.
/// </summary>
[AllowedRoles(StaffRole.Admin)]
public sealed record ImportLicenceLibrary(string Json, bool DryRun) : ICommand<LicenceImportReport>
{
    /// <summary>The largest file the upload reads.</summary>
    public const long MaxBytes = 5 * 1024 * 1024;
}

public sealed class ImportLicenceLibraryHandler(IDbContextFactory<ClerkDbContext> dbFactory, LicenceLibrary library)
    : ICommandHandler<ImportLicenceLibrary, LicenceImportReport>
{
    public async ValueTask<LicenceImportReport> Handle(ImportLicenceLibrary command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await library.ImportAsync(db, command.Json ?? string.Empty, cancellationToken, command.DryRun);
    }
}
