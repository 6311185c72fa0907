using ClerkStation.Domain.Appointments;

namespace ClerkStation.Features.Appointments;

/// <summary>The slots of a category from one day to another with their free places: the booking screen and GET /api/v1/appointments/slots.</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Supervisor, StaffRole.ApiClient)]
public sealed record GetAppointmentSlots(string Category, DateOnly From, DateOnly To) : IQuery<IReadOnlyList<SlotAvailability>>;

public sealed class GetAppointmentSlotsValidator(AppointmentSettings settings) : IRequestValidator<GetAppointmentSlots>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(GetAppointmentSlots message, CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        if (!settings.Takes(message.Category ?? string.Empty))
        {
            problems.Add(new ValidationProblem("category", AppointmentRuleCodes.NoAppointments));
        }

        if (message.To < message.From || message.To.DayNumber - message.From.DayNumber >= AppointmentBook.MaxDays)
        {
            problems.Add(new ValidationProblem("to", AppointmentRuleCodes.BadRange,
                new Dictionary<string, string> { ["days"] = AppointmentBook.MaxDays.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        }

        return ValueTask.FromResult<IReadOnlyList<ValidationProblem>>(problems);
    }
}

public sealed class GetAppointmentSlotsHandler(AppointmentBook book) : IQueryHandler<GetAppointmentSlots, IReadOnlyList<SlotAvailability>>
{
    public async ValueTask<IReadOnlyList<SlotAvailability>> Handle(GetAppointmentSlots query, CancellationToken cancellationToken) =>
        await book.SlotsAsync(query.Category, query.From, query.To, cancellationToken);
}
