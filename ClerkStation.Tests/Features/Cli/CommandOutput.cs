namespace ClerkStation.Tests.Features.Cli;

/// <summary>How the command tests run a command: against a fresh writer, keeping its exit code and what it printed.</summary>
internal static class CommandOutput
{
    public static (int Exit, string Text) Of(Func<TextWriter, int> command)
    {
        var output = new StringWriter();
        var exit = command(output);
        return (exit, output.ToString());
    }
}
