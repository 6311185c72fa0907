using ClerkStation.Domain.Complaints;
using ClerkStation.Domain.Ratings;
using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Realtime;
using ClerkStation.Infrastructure.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

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
            problems.Add(new ValidationProblem("applicantName", RatingRuleCodes.TextRequired));
        }
        if (string.IsNullOrWhiteSpace(message.Description))
        {
            problems.Add(new ValidationProblem("description", RatingRuleCodes.TextRequired));
        }
        return ValueTask.FromResult<IReadOnlyList<ValidationProblem>>(problems);
    }
}

public sealed class RecordComplaintHandler(IDbContextFactory<ClerkDbContext> dbFactory, CenterClock clock, ICurrentUser currentUser, LiveUpdates live)
    : ICommandHandler<RecordComplaint, Guid>
{
    public async ValueTask<Guid> Handle(RecordComplaint command, CancellationToken cancellationToken)
    {
        var actor = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var complaint = Complaint.Record(actor, clock.Now, command.ApplicantName, command.ApplicantPhone, command.ItemCode, command.DepartmentCode, command.Description);
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync(cancellationToken);
        await live.PublishAsync(new LiveChange(LiveUpdates.FloorTopic));
        return complaint.Id;
    }
}
