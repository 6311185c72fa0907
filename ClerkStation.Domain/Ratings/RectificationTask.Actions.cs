using ClerkStation.Domain.Common;
using ClerkStation.Domain.Staff;

namespace ClerkStation.Domain.Ratings;

/// <summary>
/// The one place that says who may take which step from which status: the steps check it before they act, and the
/// supervisor's board asks <see cref="AllowedActions(Actor)"/>, so it never offers what the task would refuse.
/// Checks run in a fixed order: role, status.
/// </summary>
public sealed partial class RectificationTask
{
    /// <summary>The steps <paramref name="actor"/> may take now.</summary>
    public IReadOnlySet<RectificationAction> AllowedActions(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ActionRules.Allowed<RectificationAction>(action => Refusal(Status, action, actor));
    }

    private void Require(RectificationAction action, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Refusal(Status, action, actor) is { } code)
        {
            throw new DomainRuleException(code, code == RatingRuleCodes.RoleNotAllowed
                ? $"{actor.DisplayName} is not a supervisor."
                : $"{action} is not allowed while the task of {CaseNumber} is {Status}.");
        }
    }

    private static string? Refusal(RectificationStatus status, RectificationAction action, Actor actor) =>
        !actor.IsIn(StaffRole.Supervisor) ? RatingRuleCodes.RoleNotAllowed
        : AllowedFrom(action).Contains(status) ? null : RatingRuleCodes.NotAllowedInStatus;

    private static RectificationStatus[] AllowedFrom(RectificationAction action) => action switch
    {
        RectificationAction.RecordCallback => [RectificationStatus.Open],
        RectificationAction.RecordFix => [RectificationStatus.CalledBack],
        RectificationAction.Appeal => [RectificationStatus.Open, RectificationStatus.CalledBack],
        RectificationAction.DecideAppeal => [RectificationStatus.Appealed],
        RectificationAction.Close => [RectificationStatus.Fixed],
        _ => [],
    };
}
