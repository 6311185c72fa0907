using ClerkStation.Domain.Common;

namespace ClerkStation.Domain.Queue;

/// <summary>
/// A center's hall: its categories and windows (center settings, never code constants), how long a missed ticket may
/// be called back, and the service time assumed for a category before the day has finished visits of its own.
/// </summary>
public sealed record QueueSettings(
    IReadOnlyList<QueueCategory> Categories, IReadOnlyList<QueueWindow> Windows, TimeSpan MissedRecallLimit, TimeSpan DefaultServiceTime)
{
    public QueueCategory Category(string letter) =>
        Categories.FirstOrDefault(c => c.Letter == letter)
        ?? throw new DomainRuleException(QueueRuleCodes.UnknownCategory, $"No queue category {letter}.");

    public QueueWindow Window(int number) =>
        Windows.FirstOrDefault(w => w.Number == number)
        ?? throw new DomainRuleException(QueueRuleCodes.UnknownWindow, $"No window {number}.");

    /// <summary>What is wrong with the settings (empty when usable): unique one-letter categories, windows serving known ones.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        var letters = Categories.Select(c => c.Letter).ToList();
        problems.AddRange(letters.Where(l => l.Length != 1 || !char.IsAsciiLetterUpper(l[0])).Select(l => $"category letter '{l}' is not one letter A-Z"));
        problems.AddRange(letters.GroupBy(l => l).Where(g => g.Count() > 1).Select(g => $"category {g.Key} appears twice"));
        problems.AddRange(Categories.Where(c => string.IsNullOrWhiteSpace(c.Name.Zh)).Select(c => $"category {c.Letter} has no Chinese name"));
        problems.AddRange(Windows.GroupBy(w => w.Number).Where(g => g.Count() > 1).Select(g => $"window {g.Key} appears twice"));
        problems.AddRange(Windows.Where(w => w.Number <= 0).Select(w => $"window {w.Number} is not a positive number"));
        problems.AddRange(Windows.SelectMany(w => w.Categories.Where(c => !letters.Contains(c)).Select(c => $"window {w.Number} serves unknown category {c}")));
        if (MissedRecallLimit < TimeSpan.Zero || DefaultServiceTime <= TimeSpan.Zero)
        {
            problems.Add("times must be positive");
        }
        return problems;
    }
}
