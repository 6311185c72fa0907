using ClerkStation.Domain.Appointments;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Forms.Checks;
using ClerkStation.Features.Api;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Calendar;

namespace ClerkStation.Features.Appointments;

public sealed record AppointmentBooked(AppointmentReceipt Receipt, bool Replayed);

/// <summary>
/// 预约: a place in a slot for the applicant, booked by a clerk at the counter or for a caller on the phone, or by an API
/// client (its Idempotency-Key and body hash make a retry return the first booking).
/// </summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Supervisor, StaffRole.ApiClient)]
public sealed record BookAppointment(
    string Category, DateTimeOffset SlotStart, string Name, string IdNumber, string? Phone, AppointmentChannel Channel,
    string? IdempotencyKey = null, string? BodyHash = null) : ICommand<AppointmentBooked>, IAuditTarget
{
    public string? AuditTarget => Category + " " + SlotStart.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class BookAppointmentValidator(AppointmentSettings settings, CenterClock clock) : IRequestValidator<BookAppointment>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(BookAppointment message, CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        if (!settings.Takes(message.Category ?? string.Empty))
        {
            problems.Add(new ValidationProblem("category", AppointmentRuleCodes.NoAppointments));
        }

        if (string.IsNullOrWhiteSpace(message.Name))
        {
            problems.Add(new ValidationProblem("name", FieldErrorCodes.Required));
        }
        else if (message.Name.Trim().Length > 50)
        {
            problems.Add(new ValidationProblem("name", FieldErrorCodes.MaxLength, new Dictionary<string, string> { ["max"] = "50" }));
        }

        if (string.IsNullOrWhiteSpace(message.IdNumber))
        {
            problems.Add(new ValidationProblem("idNumber", FieldErrorCodes.Required));
        }
        else if (ResidentIdNumber.Validate(message.IdNumber.Trim().ToUpperInvariant(), clock.Today).ErrorCode is { } error)
        {
            problems.Add(new ValidationProblem("idNumber", error));
        }

        if (!string.IsNullOrWhiteSpace(message.Phone) && !MobileNumber.IsValid(message.Phone))
        {
            problems.Add(new ValidationProblem("phone", FieldErrorCodes.MobileFormat));
        }

        if (!Enum.IsDefined(message.Channel))
        {
            problems.Add(new ValidationProblem("channel", AppointmentRuleCodes.ChannelNotAllowed));
        }

        return ValueTask.FromResult<IReadOnlyList<ValidationProblem>>(problems);
    }
}

public sealed class BookAppointmentHandler(
    IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser, AppointmentBook book, AppointmentSettings settings, CalendarService calendars, CenterClock clock)
    : ICommandHandler<BookAppointment, AppointmentBooked>
{
    private const int Attempts = 4;

    public async ValueTask<AppointmentBooked> Handle(BookAppointment command, CancellationToken cancellationToken)
    {
        var actor = await currentUser.RequireAsync();
        var viaApi = actor.IsIn(StaffRole.ApiClient);
        // A client books through the API whatever it says; staff book at the counter or on the phone.
        var channel = viaApi ? AppointmentChannel.Api : command.Channel == AppointmentChannel.Api
            ? throw new DomainRuleException(AppointmentRuleCodes.ChannelNotAllowed, "Staff book at the counter or on the phone.")
            : command.Channel;
        var key = viaApi ? command.IdempotencyKey : null;
        if (key is not null && await FindAsync(actor, key, command.BodyHash, cancellationToken) is { } first)
        {
            return first;
        }

        var applicant = new AppointmentApplicant(command.Name.Trim(), command.IdNumber.Trim().ToUpperInvariant(),
            string.IsNullOrWhiteSpace(command.Phone) ? null : MobileNumber.Normalize(command.Phone));
        var slot = book.SlotAt(clock.Local(command.SlotStart));
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var now = clock.Now;
            var today = DateOnly.FromDateTime(now.DateTime);
            var day = DateOnly.FromDateTime(slot.Start.DateTime);
            var sameDay = await db.Appointments.AsNoTracking().Where(a => a.Day == day && a.Place != null).ToListAsync(cancellationToken);
            var appointment = Appointment.Book(AppointmentBook.NewCode(), command.Category, slot, applicant, channel, actor.UserId, actor.DisplayName,
                sameDay.Where(a => a.SlotStart == slot.Start).ToList(), settings, calendars.Current, now, today, key, key is null ? null : command.BodyHash);
            db.Appointments.Add(appointment);
            CommandAudit.AddTo(db, actor, now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new AppointmentBooked(AppointmentReceipt.From(appointment), Replayed: false);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another booking took the same place (or code, or key) a moment ago: the same retry with the same key
                // returns that first booking; otherwise count again and take the next free place, or be told the slot is full.
                if (key is not null && await FindAsync(actor, key, command.BodyHash, cancellationToken) is { } raced)
                {
                    return raced;
                }
            }
        }
    }

    private async Task<AppointmentBooked?> FindAsync(Actor actor, string key, string? bodyHash, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var first = await db.Appointments.AsNoTracking().SingleOrDefaultAsync(a => a.BookedById == actor.UserId && a.IdempotencyKey == key, cancellationToken);
        if (first is null)
        {
            return null;
        }

        if (first.BodyHash != bodyHash)
        {
            throw new IdempotencyConflictException(key);
        }

        CommandAudit.Unchanged();
        return new AppointmentBooked(AppointmentReceipt.From(first), Replayed: true);
    }
}
