using ClerkStation.Domain.Complaints;
using ClerkStation.Infrastructure.Commands;

namespace ClerkStation.Features.Complaints;

/// <summary>办不成事反映: recorded at the counter (or by the supervisor); the supervisor's board shows it at once.</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Supervisor)]
public sealed record RecordComplaint(string ApplicantName, string? ApplicantPhone, string? ItemCode, string? DepartmentCode, string Description)
    : ICommand<Guid>;

public sealed class RecordComplaintValidator : IRequestValidator<RecordComplaint>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(RecordComplaint message, CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        if (string.IsNullOrWhiteSpace(message.ApplicantName))
        {
            problems.Add(new ValidationProblem("applicantName", ComplaintRuleCodes.TextRequired));
        }
        if (string.IsNullOrWhiteSpace(message.Description))
        {
            problems.Add(new ValidationProblem("description", ComplaintRuleCodes.TextRequired));
        }
        return ValueTask.FromResult<IReadOnlyList<ValidationProblem>>(problems);
    }
}

public sealed class RecordComplaintHandler(AggregateCommands commands) : ICommandHandler<RecordComplaint, Guid>
{
    public async ValueTask<Guid> Handle(RecordComplaint command, CancellationToken cancellationToken) =>
        await commands.RunAsync(cmd =>
        {
            var complaint = Complaint.Record(cmd.Actor, cmd.Now, cmd.Today, command.ApplicantName, command.ApplicantPhone, command.ItemCode, command.DepartmentCode, command.Description);
            cmd.Db.Complaints.Add(complaint);
            return Task.FromResult(complaint.Id);
        }, cancellationToken);
}
