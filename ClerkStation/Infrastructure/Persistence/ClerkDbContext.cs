using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Complaints;
using ClerkStation.Domain.Intake;
using ClerkStation.Domain.Licences;
using ClerkStation.Domain.Queue;
using ClerkStation.Domain.Ratings;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace ClerkStation.Infrastructure.Persistence;

/// <summary>
/// The one database of a center: staff accounts (Identity), cases, intake decisions, drafts and the audit trail.
/// Handlers create one short-lived context per operation through IDbContextFactory.
/// </summary>
public class ClerkDbContext(DbContextOptions<ClerkDbContext> options) : IdentityDbContext<StaffUser>(options)
{
    /// <summary>
    /// The center this context is scoped to (ADR 0018): set, every <see cref="Domain.Common.ICenterOwned"/> query sees
    /// that center's rows only and inserts are stamped with it; null for the city's, the public's and start-up's contexts.
    /// </summary>
    public int? CenterScope { get; set; }

    /// <summary>The center an inserted row without one is stamped with: the scope, else the default center.</summary>
    public int InsertCenter => CenterScope ?? Domain.Centers.Center.DefaultId;

    /// <summary>
    /// Raw SQL is not reached by the query filter: it adds <c>AND ("CenterId" = {db.SqlCenter} OR {db.SqlAllCenters} = 1)</c>
    /// (two integer parameters, typed alike on both providers).
    /// </summary>
    public int SqlCenter => CenterScope ?? 0;

    /// <summary>1 when the context is not scoped to a center (see <see cref="SqlCenter"/>).</summary>
    public int SqlAllCenters => CenterScope is null ? 1 : 0;

    public DbSet<Domain.Centers.Center> Centers => Set<Domain.Centers.Center>();

    public DbSet<Domain.Centers.CenterItem> CenterItems => Set<Domain.Centers.CenterItem>();

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

    public DbSet<Features.Agents.AgentNotice> AgentNotices => Set<Features.Agents.AgentNotice>();

    public DbSet<Features.Agents.SmsMessage> SmsOutbox => Set<Features.Agents.SmsMessage>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict(); // the API's clients (ADR 0014); tokens are self-contained and not stored
        builder.ApplyConfigurationsFromAssembly(typeof(ClerkDbContext).Assembly);
        var scope = typeof(ClerkDbContext).GetMethod(nameof(ScopeToCenter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        foreach (var type in builder.Model.GetEntityTypes()
                     .Where(t => !t.IsOwned() && t.BaseType is null && typeof(Domain.Common.ICenterOwned).IsAssignableFrom(t.ClrType))
                     .Select(t => t.ClrType).ToList())
        {
            scope.MakeGenericMethod(type).Invoke(this, [builder]);
        }
    }

    /// <summary>
    /// The column (its database default is the default center, so the rows of a single-center installation belong to it
    /// when the column is added), its index and the named filter "Center" on the context's <see cref="CenterScope"/>.
    /// </summary>
    private void ScopeToCenter<T>(ModelBuilder builder)
        where T : class, Domain.Common.ICenterOwned
    {
        var entity = builder.Entity<T>();
        // Never generated on insert (the interceptor stamps it): the default only fills the rows a migration finds.
        entity.Property(e => e.CenterId).HasDefaultValue(Domain.Centers.Center.DefaultId).ValueGeneratedNever();
        entity.HasIndex(e => e.CenterId);
        entity.HasQueryFilter(CenterScoping.FilterName, e => CenterScope == null || e.CenterId == CenterScope);
    }
}
