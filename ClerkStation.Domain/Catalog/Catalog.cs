namespace ClerkStation.Domain.Catalog;

/// <summary>The whole validated catalog, immutable and held in memory.</summary>
public sealed class Catalog
{
    private readonly Dictionary<string, Department> _departments;
    private readonly Dictionary<string, ServiceItem> _items;
    private readonly Dictionary<string, Bundle> _bundles;
    private readonly ILookup<string, ServiceItem> _byDepartment;

    public Catalog(IEnumerable<Department> departments, IEnumerable<ServiceItem> items, IEnumerable<Bundle> bundles)
    {
        Departments = [.. departments.OrderBy(d => d.Order).ThenBy(d => d.Code, StringComparer.Ordinal)];
        Items = [.. items];
        Bundles = [.. bundles];
        _departments = Departments.ToDictionary(d => d.Code, StringComparer.Ordinal);
        _items = Items.ToDictionary(i => i.Code, StringComparer.Ordinal);
        _bundles = Bundles.ToDictionary(b => b.Code, StringComparer.Ordinal);
        _byDepartment = Items.ToLookup(i => i.DepartmentCode, StringComparer.Ordinal);
    }

    public static Catalog Empty { get; } = new([], [], []);

    /// <summary>In browse order.</summary>
    public IReadOnlyList<Department> Departments { get; }

    /// <summary>In file order.</summary>
    public IReadOnlyList<ServiceItem> Items { get; }

    public IReadOnlyList<Bundle> Bundles { get; }

    public int DepartmentCount => Departments.Count;

    public int ItemCount => Items.Count;

    public int BundleCount => Bundles.Count;

    public ServiceItem? FindItem(string code) => _items.GetValueOrDefault(code);

    public Bundle? FindBundle(string code) => _bundles.GetValueOrDefault(code);

    public Department? FindDepartment(string code) => _departments.GetValueOrDefault(code);

    public IEnumerable<ServiceItem> ItemsOf(string departmentCode) => _byDepartment[departmentCode];
}
