using System.Globalization;

namespace ClerkStation.Domain.Json;

// "Did you mean" for an unknown name: the closest allowed one within two edits.
internal sealed partial class JsonObjectReader
{
    /// <summary>A close known name, so that "unknown property" or "unknown code" becomes an actionable typo report.</summary>
    public static string? Suggest(string name, IEnumerable<string> allowed) =>
        allowed.Select(a => (Name: a, Distance: Distance(name.ToLower(CultureInfo.InvariantCulture), a.ToLower(CultureInfo.InvariantCulture))))
            .Where(x => x.Distance <= 2)
            .OrderBy(x => x.Distance)
            .Select(x => x.Name)
            .FirstOrDefault();

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
