using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClerkStation.Features.Agents;

/// <summary>Why an agent is told about a case they carry.</summary>
public enum AgentNoticeKind
{
    /// <summary>补正: the back office asks for more; the agent fetches it from the resident.</summary>
    Supplement,

    /// <summary>办结 / 可领取: the result is ready at the window.</summary>
    ResultReady,
}

/// <summary>An in-app notice on /agent for a case the agent carries; read once the agent has opened the list.</summary>
public sealed class AgentNotice
{
    public Guid Id { get; set; }

    /// <summary>The agent's staff user id.</summary>
    public string AgentId { get; set; } = string.Empty;

    public AgentNoticeKind Kind { get; set; }

    public string CaseNumber { get; set; } = string.Empty;

    public string ItemCode { get; set; } = string.Empty;

    public string ApplicantName { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }
}

public enum SmsStatus
{
    Pending,
    Sent,
}

/// <summary>
/// The SMS outbox (短信提醒, as the seeds describe for 帮办代办 agents): written in the same save as the in-app notice,
/// sent by <see cref="SmsOutboxSender"/>. There is no gateway yet; the sender hands the text to the log.
/// </summary>
public sealed class SmsMessage
{
    public Guid Id { get; set; }

    public string Phone { get; set; } = string.Empty;

    /// <summary>The text in zh-CN, as the resident's agent reads it on the phone.</summary>
    public string Text { get; set; } = string.Empty;

    public SmsStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>The notice the message repeats.</summary>
    public Guid NoticeId { get; set; }
}

internal sealed class AgentNoticeConfiguration : IEntityTypeConfiguration<AgentNotice>
{
    public void Configure(EntityTypeBuilder<AgentNotice> builder)
    {
        builder.ToTable("AgentNotices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.AgentId).HasMaxLength(450);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.CaseNumber).HasMaxLength(32);
        builder.Property(n => n.ItemCode).HasMaxLength(64);
        builder.Property(n => n.ApplicantName).HasMaxLength(128);
        builder.HasIndex(n => n.AgentId);
    }
}

internal sealed class SmsMessageConfiguration : IEntityTypeConfiguration<SmsMessage>
{
    public void Configure(EntityTypeBuilder<SmsMessage> builder)
    {
        builder.ToTable("SmsOutbox");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Phone).HasMaxLength(20);
        builder.Property(m => m.Text).HasMaxLength(500);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(m => m.Status);
    }
}
