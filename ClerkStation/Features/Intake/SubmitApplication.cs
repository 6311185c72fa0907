using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Intake;
using ClerkStation.Domain.PreApplications;
using ClerkStation.Domain.Routing;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.CaseFile;
using ClerkStation.Features.ItemSearch;
using ClerkStation.Features.Licences;
using ClerkStation.Features.OnlineApplications;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Commands;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
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
        var problems = Application(store, calendars, clock.Today, message.TargetCode, message.Applicant, message.FormDataJson, out target, out var data);
        if (target is not null && data is not null)
        {
            problems.AddRange(Materials(target, data, message.Materials));
        }

        return problems;
    }

    /// <summary>Every material the application requires is given, in a form the catalog allows.</summary>
    internal static IEnumerable<ValidationProblem> Materials(IntakeTarget target, FormData data, IReadOnlyDictionary<string, MaterialStatus> materials)
    {
        foreach (var material in target.RequiredMaterials(data))
        {
            MaterialStatus? status = materials.TryGetValue(material.Code, out var given) ? given : null;
            if (MaterialRules.IsMissing(material, required: true, status))
            {
                yield return new ValidationProblem("materials." + material.Code, status is null or MaterialStatus.Missing ? IntakeRuleCodes.MaterialMissing : IntakeRuleCodes.MaterialStatusNotAllowed);
            }
        }
    }

    /// <summary>
    /// The checks every application passes, at the counter or through the API: a known target the center accepts, the
    /// applicant, the calendar, and the form. <paramref name="data"/> is null when the form could not be read.
    /// </summary>
    internal static List<ValidationProblem> Application(
        CatalogStore store, CalendarService calendars, DateOnly today, string? targetCode, Applicant applicant, string? formDataJson,
        out IntakeTarget? target, out FormData? data)
    {
        var problems = new List<ValidationProblem>();
        data = null;
        target = store.FindTarget(targetCode ?? string.Empty);
        if (target is null)
        {
            problems.Add(new ValidationProblem("target", IntakeRuleCodes.UnknownTarget));
            return problems;
        }

        foreach (var route in target.Parts.Select(p => RoutingPolicy.Route(p, store.Catalog)).Where(r => !r.IsAccepted))
        {
            problems.Add(new ValidationProblem("target", route.RefusalCode!));
        }

        problems.AddRange(IntakeValidation.Applicant(applicant, target, today));
        problems.AddRange(IntakeValidation.Deadlines(target, calendars.Current, today));
        try
        {
            data = FormData.FromJson(formDataJson ?? "{}");
        }
        catch (System.Text.Json.JsonException)
        {
            problems.Add(new ValidationProblem("form", IntakeRuleCodes.FormUnreadable));
            return problems;
        }

        problems.AddRange(IntakeValidation.Form(target, data, today));
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
        var cases = await AcceptPartsAsync(
            db, store, center.Value.CasePrefix, target, request.Applicant, request.FormDataJson, request.Materials, request.Licences, channel, now, today,
            input => Case.Accept(input, clerk, now, calendars.Current), cancellationToken);

        foreach (var @case in cases)
        {
            var item = target.Parts.First(p => p.Code == @case.ItemCode);
            await LicenceChecks.RecordUsesAsync(db, @case, LicenceChecks.Claimed(item.Materials, request.Materials, request.Licences), clerk, now, today, cancellationToken);
        }

        await MaterialPages.AttachToCasesAsync(db, request.SubmissionKey, clerk.UserId, cases, cancellationToken);
        return IntakeOutcome.Accepted(cases);
    }

    /// <summary>
    /// One case per part of <paramref name="target"/>, numbered in the day's series, routed, added to <paramref name="db"/>;
    /// <paramref name="accept"/> is the domain's door (<see cref="Case.Accept"/> at the counter, <see cref="Case.AcceptFromChannel"/> online).
    /// </summary>
    internal static async Task<List<Case>> AcceptPartsAsync(
        ClerkDbContext db, CatalogStore store, string casePrefix, IntakeTarget target, Applicant applicant, string formDataJson,
        IReadOnlyDictionary<string, MaterialStatus> materials, IReadOnlyDictionary<string, Guid>? licences, Channel channel, DateTimeOffset now, DateOnly today,
        Func<AcceptCase, Case> accept, CancellationToken cancellationToken)
    {
        var data = FormEvaluator.Normalize(target.Form, FormData.FromJson(formDataJson));
        FormEvaluator.ComputeAll(target.Form, data, today);
        var normalized = ApplicantRules.Normalize(applicant);
        Guid? bundleId = target.IsBundle ? Guid.CreateVersion7(now) : null;
        var cases = new List<Case>();
        foreach (var item in target.Parts)
        {
            var route = RoutingPolicy.Route(item, store.Catalog);
            var number = CaseNumber.Format(casePrefix, today, await NumberGenerator.NextAsync(db, casePrefix, today, cancellationToken));
            var @case = accept(new AcceptCase(number, item.Code, item.Name, item.Kind, route.DepartmentCode!, item.PromisedDays, item.StatutoryDays,
                normalized, OnlyFieldsOf(item, data).ToJson(), MaterialRules.Recorded(item.Materials, data, materials, licences), bundleId, channel));
            db.Cases.Add(@case);
            cases.Add(@case);
        }

        return cases;
    }

    // A bundle's merged form holds every part's fields; each case keeps only what its own item asks.
    private static FormData OnlyFieldsOf(ServiceItem item, FormData merged) =>
        FormEvaluator.Normalize(item.Form, merged.Clone());
}
