using ClerkStation.Domain.Cases;
using ClerkStation.Domain.PreApplications;
using ClerkStation.Features.Api;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Events;

namespace ClerkStation.Features.Agents;

/// <summary>
/// After a case an agent carries is saved asking for a supplement, or with its result ready, the agent gets one in-app
/// notice and one SMS in the outbox, in one save. Counter and online cases get nothing.
/// </summary>
public sealed class NotifyAgentOnCaseChange(IDbContextFactory<ClerkDbContext> dbFactory, CenterClock clock)
    : DomainEventHandler<CaseChanged>
{
    public static AgentNoticeKind? KindOf(CaseChanged change) => change switch
    {
        { Type: CaseEventType.SupplementRequested } => AgentNoticeKind.Supplement,
        { Status: CaseStatus.ReadyForDelivery, Type: CaseEventType.Accepted or CaseEventType.Completed or CaseEventType.Approved or CaseEventType.Denied }
            => AgentNoticeKind.ResultReady,
        _ => null,
    };

    protected override async ValueTask HandleAsync(CaseChanged change, CancellationToken cancellationToken)
    {
        if (change.Channel != Channel.Agent || KindOf(change) is not { } kind)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var @case = await db.Cases.AsNoTracking().Where(c => c.Id == change.CaseId)
            .Select(c => new { c.Number, c.Channel, c.ItemCode, c.ItemName, c.Applicant.Name }).SingleOrDefaultAsync(cancellationToken);
        if (@case is null || @case.Channel != Channel.Agent)
        {
            return;
        }

        // The agent is the sender of the pre-application whose outcome lists this case.
        var candidates = await db.PreApplications.AsNoTracking()
            .Where(p => p.Status == PreApplicationStatus.Accepted && p.ClientId.StartsWith(PreApplicationSender.AgentPrefix)
                && p.Outcome != null && p.Outcome.Contains(@case.Number))
            .Select(p => new { p.ClientId, p.Outcome })
            .ToListAsync(cancellationToken);
        var sender = candidates.FirstOrDefault(p => p.Outcome!.Split(',', StringSplitOptions.TrimEntries).Contains(@case.Number));
        if (sender is null)
        {
            return;
        }

        var agentId = sender.ClientId[PreApplicationSender.AgentPrefix.Length..];
        var phone = await db.Users.AsNoTracking().Where(u => u.Id == agentId).Select(u => u.PhoneNumber).SingleOrDefaultAsync(cancellationToken);
        var now = clock.Now;
        var notice = new AgentNotice
        {
            Id = Guid.CreateVersion7(now),
            AgentId = agentId,
            Kind = kind,
            CaseNumber = @case.Number,
            ItemCode = @case.ItemCode,
            ApplicantName = @case.Name,
            CreatedAt = now,
        };
        db.Set<AgentNotice>().Add(notice);
        if (!string.IsNullOrWhiteSpace(phone))
        {
            db.Set<SmsMessage>().Add(new SmsMessage
            {
                Id = Guid.CreateVersion7(now),
                Phone = phone,
                Text = SmsText(kind, @case.ItemName.Zh, @case.Number, @case.Name),
                Status = SmsStatus.Pending,
                CreatedAt = now,
                NoticeId = notice.Id,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The SMS in zh-CN, short enough for one or two messages.</summary>
    public static string SmsText(AgentNoticeKind kind, string itemName, string caseNumber, string applicantName) => kind switch
    {
        AgentNoticeKind.Supplement => $"【便民服务中心】您代办的{applicantName}的“{itemName}”（{caseNumber}）需要补正材料，请联系申请人后到窗口补交。",
        _ => $"【便民服务中心】您代办的{applicantName}的“{itemName}”（{caseNumber}）已办结，结果可到窗口领取。",
    };
}
