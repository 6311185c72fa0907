using ClerkStation.Domain.Queue;

namespace ClerkStation.Features.Queue;

/// <summary>The windows a clerk may sit at after signing in: which one they hold (chosen before or assigned), and who holds the others.</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record GetWindowChoice : IQuery<WindowChoice>;

public sealed record WindowChoiceRow(int Window, IReadOnlyList<string> Categories, string? HeldBy, bool IsMine);

public sealed record WindowChoice(int? Mine, IReadOnlyList<WindowChoiceRow> Windows);

public sealed class GetWindowChoiceHandler(IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser user, QueueSettings settings)
    : IQueryHandler<GetWindowChoice, WindowChoice>
{
    public async ValueTask<WindowChoice> Handle(GetWindowChoice query, CancellationToken cancellationToken)
    {
        var clerk = await user.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var seats = await db.WindowSeats.AsNoTracking().ToListAsync(cancellationToken);
        var rows = settings.Windows.Select(w =>
        {
            var seat = seats.FirstOrDefault(s => s.Window == w.Number);
            return new WindowChoiceRow(w.Number, w.Categories.Order().ToList(), seat?.ClerkName, seat?.ClerkId == clerk.UserId);
        }).ToList();
        return new WindowChoice(seats.FirstOrDefault(s => s.ClerkId == clerk.UserId)?.Window, rows);
    }
}
