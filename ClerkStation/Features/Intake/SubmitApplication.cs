using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Features.CaseFile;
using ClerkStation.Features.ItemSearch;
using ClerkStation.Features.Licences;
using ClerkStation.Features.OnlineApplications;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Commands;
using Microsoft.Extensions.Options;

namespace ClerkStation.Features.Intake;

/// <summary>
/// 受理: the clerk accepts an application for an item or a bundle; one case per item is created and routed.
/// <see cref="Licences"/> names, per material given as an e-licence (免提交), the licence the applicant holds.
/// </summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record SubmitApplication(
    Guid SubmissionKey,
    string TargetCode,
    Applicant Applicant,
    string FormDataJson,
    IReadOnlyDictionary<string, MaterialStatus> Materials,
    IReadOnlyDictionary<string, Guid>? Licences = null,
    Guid? PreApplicationId = null) : ICommand<IntakeOutcome>, IAuditTarget, ICounterDecision
{
    public string? AuditTarget => TargetCode;
}

/// <summary>The same rules the intake page shows as the clerk types: applicant, form, and every required material present.</summary>
public sealed class SubmitApplicationValidator(CatalogStore store, CalendarService calendars, CenterClock clock, IDbContextFactory<ClerkDbContext> dbFactory)
    : IRequestValidator<SubmitApplication>
{
    public async ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(SubmitApplication message, CancellationToken cancellationToken)
    {
        var problems = Check(message, out var target);
        if (problems.Count > 0 || target is null)
        {
            return problems;
        }

        // The center's own list of items (ADR 0025): an item it does not offer is refused here, whatever the page sent.
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await CenterItemOffer.OfferedAsync(db, cancellationToken) is { } offered && target.Parts.FirstOrDefault(p => !offered.Contains(p.Code)) is { } missing)
        {
            return [new ValidationProblem("target", "intake.itemNotOffered", new Dictionary<string, string> { ["code"] = missing.Code })];
        }

        // 免提交: each e-licence claimed is a licence the applicant holds, of the material's type, valid today.
        var claimed = LicenceChecks.Claimed(target.Materials, message.Materials, message.Licences).ToList();
        if (claimed.Count == 0)
        {
            return problems;
        }

        return await LicenceChecks.ValidateAsync(db, claimed, message.Applicant.IdNumber, clock.Today, cancellationToken);
    }

    private List<ValidationProblem> Check(SubmitApplication message, out IntakeTarget? target)
    {
        var problems = ApplicationChecks.Application(store, calendars, clock.Today, message.TargetCode, message.Applicant, message.FormDataJson, out target, out var data);
        if (target is not null && data is not null)
        {
            problems.AddRange(ApplicationChecks.Materials(target, data, message.Materials));
        }

        return problems;
    }

}

public sealed class SubmitApplicationHandler(
    IntakeDecisions decisions,
    CatalogStore store,
    CalendarService calendars,
    IOptions<CenterOptions> center) : ICommandHandler<SubmitApplication, IntakeOutcome>
{
    // The accepted cases' CaseChanged events are published after the commit (department queues, floor, practice back office).
    public async ValueTask<IntakeOutcome> Handle(SubmitApplication request, CancellationToken cancellationToken) =>
        await decisions.RecordAsync(request, command => AcceptAsync(command, request, cancellationToken), cancellationToken);

    private async Task<IntakeOutcome> AcceptAsync(CommandContext command, SubmitApplication request, CancellationToken cancellationToken)
    {
        var (db, clerk, now, today) = command;
        var target = store.FindTarget(request.TargetCode)!;
        var channel = await PreApplicationOutcomes.ChannelOfAsync(db, request, cancellationToken);
        var cases = await ApplicationCases.AcceptPartsAsync(
            db, store, center.Value.CasePrefix, target, request.Applicant, request.FormDataJson, request.Materials, request.Licences, channel, now, today,
            input => Case.Accept(input, clerk, now, today, calendars.Current), cancellationToken);

        foreach (var @case in cases)
        {
            var item = target.Parts.First(p => p.Code == @case.ItemCode);
            await LicenceChecks.RecordUsesAsync(db, @case, LicenceChecks.Claimed(item.Materials, request.Materials, request.Licences), clerk, now, today, cancellationToken);
        }

        await MaterialPages.AttachToCasesAsync(db, request.SubmissionKey, clerk.UserId, cases, cancellationToken);
        return IntakeOutcome.Accepted(cases);
    }
}
