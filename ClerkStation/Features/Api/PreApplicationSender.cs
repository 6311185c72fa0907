namespace ClerkStation.Features.Api;

/// <summary>
/// Who sent a pre-application, as its <c>ClientId</c> records it: an API client's id, or a village agent's user id marked
/// with <see cref="AgentPrefix"/> (an agent's pre-applications are theirs: their list, workload and notices).
/// </summary>
public static class PreApplicationSender
{
    public const string AgentPrefix = "agent:";

    /// <summary>The sender id of <paramref name="sender"/>: the API client's id, or <see cref="AgentPrefix"/> + the agent's user id.</summary>
    public static string IdOf(Actor sender) => sender.IsIn(StaffRole.ApiClient)
        ? sender.UserId[ApiCaller.UserIdPrefix.Length..]
        : AgentPrefix + sender.UserId;
}
