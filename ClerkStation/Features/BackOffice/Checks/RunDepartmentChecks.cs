using ClerkStation.Domain.Forms;

namespace ClerkStation.Features.BackOffice.Checks;

/// <summary>One thing a department's rules want the reviewer to look at; <see cref="Code"/> maps to <c>Check.&lt;code&gt;</c>.</summary>
public sealed record CheckFinding(string Code, IReadOnlyList<string> Args);

/// <summary>
/// Published for a case on the review page. Every <see cref="DepartmentCheck"/> handler receives it and acts only for its
/// own department, adding findings. A department without special checks needs no handler at all.
/// </summary>
public sealed class RunDepartmentChecks(Guid caseId, string departmentCode, string itemCode, FormData data) : INotification
{
    private readonly List<CheckFinding> _findings = [];

    public Guid CaseId { get; } = caseId;

    public string DepartmentCode { get; } = departmentCode;

    public string ItemCode { get; } = itemCode;

    public FormData Data { get; } = data;

    public IReadOnlyList<CheckFinding> Findings => _findings;

    public void Flag(string code, params string[] args)
    {
        lock (_findings)
        {
            _findings.Add(new CheckFinding(code, args));
        }
    }
}

/// <summary>Base of a department's check: runs only for cases of <see cref="Department"/>.</summary>
public abstract class DepartmentCheck : INotificationHandler<RunDepartmentChecks>
{
    protected abstract string Department { get; }

    public ValueTask Handle(RunDepartmentChecks notification, CancellationToken cancellationToken)
    {
        if (notification.DepartmentCode == Department)
        {
            Check(notification);
        }

        return ValueTask.CompletedTask;
    }

    protected abstract void Check(RunDepartmentChecks run);
}
