using System.Globalization;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Intake;
using ClerkStation.Domain.PreApplications;
using ClerkStation.Features.Intake;
using ClerkStation.Features.OnlineApplications;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Commands;
using Microsoft.Extensions.Options;

namespace ClerkStation.Features.Api;

/// <summary>
/// POST /api/v1/applications: a pre-application (网上申请) for the counter to check, validated with the counter's own
/// rules. The same client and Idempotency-Key return the first one; with a different body it is a conflict. A village
/// agent (/agent) submits through this same request, always on the agent channel, as the sender of record, with how
/// the request was taken (<see cref="Taking"/>) and the photos they attached under <see cref="PagesKey"/>, which become
/// the pre-application's pages for the counter.
/// </summary>
[AllowedRoles(StaffRole.ApiClient, StaffRole.Agent)]
public sealed record SubmitPreApplication(
    string IdempotencyKey,
    string BodyHash,
    Channel Channel,
    string TargetCode,
    Applicant Applicant,
    string FormDataJson,
    IReadOnlyDictionary<string, MaterialStatus> Materials,
    AgentTaking? Taking = null,
    Guid? PagesKey = null) : ICommand<PreApplicationSubmitted>, IAuditTarget
{
    public string? AuditTarget => TargetCode;
}

/// <summary>The counter's checks (target, applicant, calendar, form); declared materials must be the target's.</summary>
public sealed class SubmitPreApplicationValidator(CatalogStore store, CalendarService calendars, CenterClock clock, ICurrentUser currentUser)
    : IRequestValidator<SubmitPreApplication>
{
    public async ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(SubmitPreApplication message, CancellationToken cancellationToken)
    {
        var problems = ApplicationChecks.Application(store, calendars, clock.Today, message.TargetCode, message.Applicant, message.FormDataJson, out var target, out var data);
        if (message.Channel == Channel.Counter)
        {
            problems.Add(new ValidationProblem("channel", "preApplication.counterChannel"));
        }
        else if (message.Channel != Channel.Agent && (await currentUser.RequireAsync()).IsIn(StaffRole.Agent))
        {
            problems.Add(new ValidationProblem("channel", AgentChannelCode));
        }

        if (message.Channel == Channel.Agent && (await currentUser.RequireAsync()).IsIn(StaffRole.Agent))
        {
            // An agent says how the request was taken (in the village, or by phone with a visit arranged).
            problems.AddRange(message.Taking is null
                ? [new ValidationProblem("taking.how", "required")]
                : message.Taking.Problems().Select(p => new ValidationProblem(p.Path, p.Code)));
        }

        var materials = message.Materials ?? new Dictionary<string, MaterialStatus>();
        foreach (var code in materials.Keys.Where(c => target is not null && target.Materials.All(m => m.Code != c)))
        {
            problems.Add(new ValidationProblem("materials." + code, "preApplication.unknownMaterial"));
        }

        // Accepted at once, it must be as complete as the counter would require.
        if (problems.Count == 0 && target is not null && data is not null && SubmitPreApplicationHandler.AcceptsAtOnce(target))
        {
            problems.AddRange(ApplicationChecks.Materials(target, data, materials));
        }

        return problems;
    }

    public const string AgentChannelCode = "preApplication.agentChannel";
}

public sealed class SubmitPreApplicationHandler(
    IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser, AggregateCommands commands, CatalogStore store, CalendarService calendars,
    IOptions<CenterOptions> center)
    : ICommandHandler<SubmitPreApplication, PreApplicationSubmitted>
{
    public const string NumberPrefix = "WS";

    /// <summary>免核原件: every part of the target is an item the catalog accepts without the counter seeing originals.</summary>
    public static bool AcceptsAtOnce(IntakeTarget target) => target.Parts.All(p => p.WithoutOriginals);

    public async ValueTask<PreApplicationSubmitted> Handle(SubmitPreApplication command, CancellationToken cancellationToken)
    {
        var client = await currentUser.RequireAsync();
        var clientId = PreApplicationSender.IdOf(client);
        if (await PreApplicationReplay.FindAsync(dbFactory, clientId, command, cancellationToken) is { } first)
        {
            return first;
        }

        try
        {
            // The API client (or agent) is the signed-in sender: the one path's write transaction, audit row and events.
            var submitted = await commands.RunInWriteTransactionAsync(async submit =>
            {
                var db = submit.Db;
                var (now, today) = (submit.Now, submit.Today);
                var number = NumberPrefix + today.ToString("yyyyMMdd", CultureInfo.InvariantCulture)
                    + (await NumberGenerator.NextAsync(db, NumberPrefix, today, cancellationToken)).ToString("0000", CultureInfo.InvariantCulture);
                var pre = PreApplication.Submit(number, clientId, client.DisplayName, command.IdempotencyKey, command.BodyHash, command.Channel, command.TargetCode,
                    ApplicantRules.Normalize(command.Applicant), command.FormDataJson, command.Materials, now);
                db.PreApplications.Add(pre);
                if (client.IsIn(StaffRole.Agent))
                {
                    await AgentSubmission.RecordAsync(db, pre, client, command, cancellationToken);
                }

                if (store.FindTarget(command.TargetCode) is { } target && AcceptsAtOnce(target))
                {
                    // Straight to the back office: the cases are the pre-application's outcome, and the client's webhook hears it.
                    var cases = await ApplicationCases.AcceptPartsAsync(
                        db, store, center.Value.CasePrefix, target, command.Applicant, command.FormDataJson, command.Materials, null, command.Channel, now, today,
                        input => Case.AcceptFromChannel(input, client, now, today, calendars.Current), cancellationToken);
                    await PreApplicationOutcomes.RecordAsync(db, pre.Id, IntakeOutcome.Accepted(cases), now, cancellationToken);
                    await CaseFile.MaterialPages.AttachToCasesAsync(db, pre.Id, client.UserId, cases, cancellationToken);
                }
                return pre;
            }, _ => Task.CompletedTask, cancellationToken);
            return new PreApplicationSubmitted(PreApplicationReceipt.From(submitted), Replayed: false);
        }
        catch (DbUpdateException)
        {
            // A concurrent call with the same key committed first: answer as it did. Anything else (a busy database)
            // goes on as itself, so the API answers what happened (503 with Retry-After) instead of a bare 500.
            if (await PreApplicationReplay.FindAsync(dbFactory, clientId, command, cancellationToken) is { } winner)
            {
                return winner;
            }

            throw;
        }
    }
}
