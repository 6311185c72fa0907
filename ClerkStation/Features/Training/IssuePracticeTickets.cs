using ClerkStation.Domain.Queue;
using ClerkStation.Features.Queue;
using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.Training;

/// <summary>A simulated ticket in the practice hall: its number and the scenario's applicant who holds it.</summary>
public sealed record PracticeTicket(string Number, string ScenarioCode, string ScenarioTitle, string ApplicantName);

/// <summary>
/// 模拟取号: simulated applicants from the scenario library take tickets in the practice workspace's hall, for the trainee
/// to call with the window bar as at a real counter. Practice workspace only: production's hall never sees them.
/// </summary>
[AllowedRoles(StaffRole.Trainee, StaffRole.Clerk)]
public sealed record IssuePracticeTickets(int Count) : ICommand<IReadOnlyList<PracticeTicket>>, IAuditTarget
{
    public const int Most = 20;

    public string? AuditTarget => Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class IssuePracticeTicketsHandler(Workspace workspace, ClerkDatabases databases, ScenarioLibrary library, TicketDesk desk, QueueSettings settings)
    : ICommandHandler<IssuePracticeTickets, IReadOnlyList<PracticeTicket>>
{
    public async ValueTask<IReadOnlyList<PracticeTicket>> Handle(IssuePracticeTickets command, CancellationToken cancellationToken)
    {
        // The desk writes through the workspace's database: refuse before anything can reach production.
        if (!workspace.IsPractice)
        {
            throw new PracticeOnlyException(nameof(IssuePracticeTickets));
        }
        var scenarios = await library.AllAsync(databases, cancellationToken);
        if (scenarios.Count == 0 || settings.Categories.Count == 0)
        {
            return [];
        }
        var letter = settings.Categories[0].Letter;
        var issued = new List<PracticeTicket>();
        for (var i = 0; i < Math.Clamp(command.Count, 1, IssuePracticeTickets.Most); i++)
        {
            var scenario = scenarios[Random.Shared.Next(scenarios.Count)];
            var ticket = await desk.IssueAsync(letter, PriorityReason.None, cancellationToken);
            issued.Add(new PracticeTicket(ticket.Number, scenario.Code, scenario.Title.Current, scenario.Persona.Name));
        }
        return issued;
    }
}
