namespace ClerkStation.Domain.Intake;

/// <summary>A line the clerk chose that the notice cannot carry: its place in the list and the rule it breaks.</summary>
public sealed record NoticeChoiceProblem(int Index, string Code);

/// <summary>The notice to record: the domain's own lines in the clerk's order, and what was refused of the choice.</summary>
public sealed record SettledNotice(IReadOnlyList<NoticeLine> Lines, IReadOnlyList<NoticeChoiceProblem> Problems);

/// <summary>
/// The clerk chooses, the domain words: each material or field line chosen must be one the domain proposes for this
/// application (<see cref="OneTimeNotice.Propose"/>), and what is recorded is the proposal's line — its name, problem and
/// arguments from the catalog — never the text the browser sent. Lines the clerk typed are kept as typed, trimmed.
/// </summary>
public static class NoticeSettlement
{
    public const int FreeLineMaxLength = 200;

    public static SettledNotice Settle(NoticeProposal proposal, IReadOnlyList<NoticeLine> chosen)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(chosen);
        var proposed = proposal.Lines.Concat(proposal.Optional).ToDictionary(l => (l.Kind, l.Code));
        var lines = new List<NoticeLine>();
        var problems = new List<NoticeChoiceProblem>();
        var free = 0;
        for (var i = 0; i < chosen.Count; i++)
        {
            var line = chosen[i];
            if (line.Kind == NoticeLineKind.Free)
            {
                var text = line.Name.Zh.Trim();
                if (text.Length > FreeLineMaxLength)
                {
                    problems.Add(new NoticeChoiceProblem(i, NoticeCodes.FreeLineTooLong));
                }
                else if (text.Length > 0)
                {
                    lines.Add(NoticeLine.Free($"free-{++free}", text));
                }
            }
            else if (proposed.Remove((line.Kind, line.Code), out var own))
            {
                lines.Add(own);
            }
            else if (!lines.Exists(l => l.Kind == line.Kind && l.Code == line.Code))
            {
                problems.Add(new NoticeChoiceProblem(i, NoticeCodes.LineNotProposed));
            }
        }

        return new SettledNotice(lines, problems);
    }
}
