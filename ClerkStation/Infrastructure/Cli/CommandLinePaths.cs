namespace ClerkStation.Infrastructure.Cli;

/// <summary>
/// Paths typed on the command line mean the user's working directory, as with every command-line tool. `dotnet run`
/// starts the app in the project folder (its launch profile) rather than where the command was typed, so the shell's
/// PWD, when it names a folder, is the base; otherwise the process's current directory is.
/// </summary>
public static class CommandLinePaths
{
    /// <summary>The absolute path of <paramref name="path"/> as the user meant it.</summary>
    /// <param name="path">as typed</param>
    /// <param name="shellDirectory">the shell's working directory; null reads the PWD environment variable</param>
    public static string Resolve(string path, string? shellDirectory = null)
    {
        var baseDirectory = shellDirectory ?? Environment.GetEnvironmentVariable("PWD");
        if (string.IsNullOrEmpty(baseDirectory) || !Path.IsPathFullyQualified(baseDirectory) || !Directory.Exists(baseDirectory))
        {
            baseDirectory = Directory.GetCurrentDirectory();
        }
        return Path.GetFullPath(path, baseDirectory);
    }

    /// <summary>The shipped seed-data folder (configuration SeedData:Path, else the nearest seed-data above the app).</summary>
    public static string SeedData() =>
        SeedDataLocator.Resolve(new ConfigurationBuilder().AddEnvironmentVariables().Build(), Directory.GetCurrentDirectory());
}
