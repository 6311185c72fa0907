namespace ClerkStation.Domain.Common;

/// <summary>How an aggregate lists what it allows: every action its refusal rule lets through.</summary>
public static class ActionRules
{
    /// <param name="refusal">The code the aggregate would refuse the action with; null when it would take it.</param>
    public static IReadOnlySet<TAction> Allowed<TAction>(Func<TAction, string?> refusal)
        where TAction : struct, Enum =>
        Enum.GetValues<TAction>().Where(action => refusal(action) is null).ToHashSet();
}
