using ClerkStation.Infrastructure.Hosting;
using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.Agents;

/// <summary>
/// Sends the SMS outbox's pending messages. No SMS gateway is wired yet (ADR 0023): "sending" writes the message to the
/// log and marks it sent, so the outbox, its status and the hand-over point are real and a gateway replaces one method.
/// </summary>
public sealed class SmsOutboxSender(ClerkDatabases databases, TimeProvider time, IConfiguration configuration, ILogger<SmsOutboxSender> log)
    : PeriodicWork(time, log)
{
    public const string IntervalKey = "Sms:SendMilliseconds";

    protected override TimeSpan Interval => TimeSpan.FromMilliseconds(configuration.GetValue(IntervalKey, 5000));

    protected override string WorkName => "Sending the SMS outbox";

    protected override Task RunOnceAsync(CancellationToken ct) => SendPendingAsync(ct);

    /// <summary>One pass: every pending message, oldest first, handed to the sink and marked sent.</summary>
    public async Task<int> SendPendingAsync(CancellationToken ct)
    {
        await using var db = await databases.Production.CreateDbContextAsync(ct);
        var pending = await db.Set<SmsMessage>().Where(m => m.Status == SmsStatus.Pending).ToListAsync(ct);
        foreach (var message in pending.OrderBy(m => m.Id))
        {
            Log.LogInformation("SMS to {Phone}: {Text}", Domain.Cases.PersonalDataMask.Phone(message.Phone), message.Text);
            message.Status = SmsStatus.Sent;
            message.SentAt = Time.GetUtcNow();
        }

        await db.SaveChangesAsync(ct);
        return pending.Count;
    }
}
