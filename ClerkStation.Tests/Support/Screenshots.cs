namespace ClerkStation.Tests.Support;

/// <summary>Screenshots from browser tests land in artifacts/screenshots for people to look at.</summary>
public static class Screenshots
{
    public static string PathFor(string name)
    {
        var folder = Path.Combine(RepositoryRoot.FolderOrNull ?? Path.GetTempPath(), "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".png");
    }
}
