using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Complaints;
using ClerkStation.Domain.Intake;
using ClerkStation.Domain.Licences;
using ClerkStation.Domain.Queue;
using ClerkStation.Domain.Ratings;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Infrastructure.Persistence;

/// <summary>
/// The one database of a center: staff accounts (Identity), cases, intake decisions, drafts and the audit trail.
/// Handlers create one short-lived context per operation through IDbContextFactory.
/// </summary>
public class ClerkDbContext(DbContextOptions<ClerkDbContext> options) : IdentityDbContext<StaffUser>(options)
{
    public DbSet<Case> Cases => Set<Case>();

    public DbSet<IntakeDecision> IntakeDecisions => Set<IntakeDecision>();

    public DbSet<IntakeSubmission> IntakeSubmissions => Set<IntakeSubmission>();

    public DbSet<StaffDepartment> StaffDepartments => Set<StaffDepartment>();

    public DbSet<FormDraft> FormDrafts => Set<FormDraft>();

    public DbSet<ClerkFavourite> ClerkFavourites => Set<ClerkFavourite>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<NumberSequence> NumberSequences => Set<NumberSequence>();

    public DbSet<ServiceRating> ServiceRatings => Set<ServiceRating>();

    public DbSet<RectificationTask> RectificationTasks => Set<RectificationTask>();

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<Domain.PreApplications.PreApplication> PreApplications => Set<Domain.PreApplications.PreApplication>();

    public DbSet<Features.Webhooks.WebhookSubscription> WebhookSubscriptions => Set<Features.Webhooks.WebhookSubscription>();

    public DbSet<Features.Webhooks.WebhookDelivery> WebhookDeliveries => Set<Features.Webhooks.WebhookDelivery>();

    public DbSet<QueueTicket> QueueTickets => Set<QueueTicket>();

    public DbSet<Visit> Visits => Set<Visit>();

    public DbSet<QueueDevice> QueueDevices => Set<QueueDevice>();

    public DbSet<WindowSeat> WindowSeats => Set<WindowSeat>();

    public DbSet<Domain.Appointments.Appointment> Appointments => Set<Domain.Appointments.Appointment>();

    public DbSet<Licence> Licences => Set<Licence>();

    public DbSet<LicenceUse> LicenceUses => Set<LicenceUse>();

    public DbSet<DemoHistoryMarker> DemoHistory => Set<DemoHistoryMarker>();

    public DbSet<OfficialCalendarYear> CalendarYears => Set<OfficialCalendarYear>();

    public DbSet<CalendarRecomputeSummary> CalendarRecomputes => Set<CalendarRecomputeSummary>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict(); // the API's clients (ADR 0014); tokens are self-contained and not stored
        builder.ApplyConfigurationsFromAssembly(typeof(ClerkDbContext).Assembly);
    }
}
