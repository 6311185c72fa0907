namespace ClerkStation.Infrastructure.Practice;

/// <summary>
/// The center's options as the current workspace sees them: in practice, case numbers start with
/// <see cref="PracticePrefix"/> so a practice receipt can never be mistaken for a real one (and numbers never collide
/// with production's); in production, a center other than the default one numbers its cases with its own prefix
/// (ADR 0018). Read at use time, after the selection behaviour has resolved the workspace.
/// </summary>
internal sealed class WorkspaceCenterOptions(Workspace workspace, Microsoft.Extensions.Options.IOptionsMonitor<CenterOptions> options, CenterDirectory centers)
    : Microsoft.Extensions.Options.IOptions<CenterOptions>
{
    public const string PracticePrefix = "LX";

    public CenterOptions Value
    {
        get
        {
            var value = options.CurrentValue;
            return workspace.IsPractice
                ? new CenterOptions
                {
                    CasePrefix = PracticePrefix,
                    NoticePrefix = PracticePrefix + value.NoticePrefix,
                    RefusalPrefix = PracticePrefix + value.RefusalPrefix,
                    Name = value.Name,
                    TimeZone = value.TimeZone,
                    IsPractice = true,
                }
                : workspace.CenterScope is { } id && id != Domain.Centers.Center.DefaultId && centers.Find(id) is { } center
                    ? new CenterOptions
                    {
                        CasePrefix = center.CasePrefix,
                        NoticePrefix = value.NoticePrefix,
                        RefusalPrefix = value.RefusalPrefix,
                        Name = center.Name,
                        Code = center.Code,
                        County = center.County,
                        AreaCode = value.AreaCode,
                        PublicUrl = value.PublicUrl,
                        TimeZone = center.TimeZoneId,
                    }
                    : value;
        }
    }
}
