namespace ClerkStation.Tests.Support;

/// <summary>
/// The checkout the tests run from: the folder above the test binaries that holds the solution file, so tests read the
/// shipped data, resources and schema in place and need no copy of them.
/// </summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string?> Found = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClerkStation.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    });

    /// <summary>The checkout's folder, or null where the tests run outside one.</summary>
    public static string? FolderOrNull => Found.Value;

    public static string Folder => Found.Value ?? throw new InvalidOperationException("ClerkStation.sln not found above " + AppContext.BaseDirectory);

    /// <summary>A path inside the checkout, e.g. <c>Combine("seed-data", "catalog")</c>.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Folder, .. parts]);
}
