using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Calendar;

public partial class DeadlineMoves
{
    /// <summary>The event's detail: <c>old→new;old→new</c> (promised, then statutory; "-" for none).</summary>
    [Parameter, EditorRequired] public string Detail { get; set; } = string.Empty;

    private IEnumerable<(string Key, string From, string To)> Moves =>
        Detail.Split(';').Zip(["Event.DueMoved", "Event.StatutoryMoved"])
            .Select(p => (p.Second, Parts: p.First.Split('→')))
            .Where(p => p.Parts.Length == 2 && p.Parts[0] != p.Parts[1])
            .Select(p => (p.Second, p.Parts[0], p.Parts[1]));
}
