namespace ClerkStation.Features.Supervisor;

/// <summary>Today's counts on the floor added up three ways at once: per clerk, per department and for the whole center.</summary>
internal sealed class FloorTally
{
    private readonly Dictionary<string, Counter> _byClerk = new();
    private readonly Dictionary<string, Counter> _byDepartment = new();
    private readonly Counter _totals = new("*", "*");

    public FloorCount Totals => _totals.ToCount();

    public IReadOnlyList<FloorCount> ByClerk => Sorted(_byClerk);

    public IReadOnlyList<FloorCount> ByDepartment => Sorted(_byDepartment);

    /// <summary>Adds one group's numbers to its clerk, its department and the totals.</summary>
    public void Add(string clerkId, string clerkName, string departmentCode, Action<Counter> add)
    {
        add(Get(_byClerk, clerkId, clerkName));
        add(Get(_byDepartment, departmentCode, departmentCode));
        add(_totals);
    }

    private static Counter Get(Dictionary<string, Counter> map, string key, string name)
    {
        if (!map.TryGetValue(key, out var counter))
        {
            map[key] = counter = new Counter(key, name);
        }
        return counter;
    }

    private static List<FloorCount> Sorted(Dictionary<string, Counter> map) =>
        map.Values.Select(c => c.ToCount()).OrderByDescending(c => c.Accepted + c.Completed + c.Refused + c.Notices).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();

    public sealed class Counter(string key, string name)
    {
        public int Accepted { get; set; }
        public int Instant { get; set; }
        public int Completed { get; set; }
        public int Refused { get; set; }
        public int Notices { get; set; }

        public FloorCount ToCount() => new(key, name, Accepted, Instant, Completed, Refused, Notices);
    }
}
