namespace ClerkStation.Infrastructure.Pipeline;

/// <summary>
/// The audit entry of the command being handled, set by <see cref="AuditBehavior{TMessage, TResponse}"/> for the
/// handler's async flow. The one command path adds the success row to the context of the change, so the change and its
/// audit row commit in one transaction; the behaviour then records only failures and commands that save elsewhere.
/// </summary>
public sealed class CommandAudit
{
    private static readonly AsyncLocal<CommandAudit?> CurrentAudit = new();

    private CommandAudit(string action, string? target)
    {
        Action = action;
        Target = target;
    }

    public string Action { get; }

    /// <summary>What the command acts on, as a reader of the trail knows it (a case's number, not its id).</summary>
    public string? Target { get; private set; }

    /// <summary>The success row went into the change's own transaction (or the command changed nothing).</summary>
    public bool Settled { get; private set; }

    internal static CommandAudit Begin(string action, string? target) => CurrentAudit.Value = new CommandAudit(action, target);

    /// <summary>Adds the command's success row to <paramref name="db"/>, to be saved with the change. Outside a command, nothing.</summary>
    public static void AddTo(ClerkDbContext db, Actor actor, DateTimeOffset at)
    {
        if (CurrentAudit.Value is { Settled: false } audit)
        {
            AuditTrail.Add(db, actor, audit.Action, audit.Target, at);
            audit.Settled = true;
        }
    }

    /// <summary>
    /// The command path loaded what the command names by its key: the row (success or refusal) names it as people do,
    /// e.g. a case by its number rather than the id the command carried. Outside a command, nothing.
    /// </summary>
    public static void Names(string target)
    {
        if (CurrentAudit.Value is { } audit)
        {
            audit.Target = target;
        }
    }

    /// <summary>A repeat that changes nothing (an idempotent decision sent twice) leaves no row.</summary>
    public static void Unchanged()
    {
        if (CurrentAudit.Value is { } audit)
        {
            audit.Settled = true;
        }
    }
}
