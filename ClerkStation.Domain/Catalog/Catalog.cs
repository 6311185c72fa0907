namespace ClerkStation.Domain.Catalog;

/// <summary>The whole validated catalog, immutable and held in memory.</summary>
public sealed class Catalog
{
    private readonly Dictionary<string, Department> _departments;
    private readonly Dictionary<string, ServiceItem> _items;
    private readonly Dictionary<string, Bundle> _bundles;
    private readonly ILookup<string, ServiceItem> _byDepartment;
    private readonly Dictionary<string, LicenceType> _licenceTypes;

    public Catalog(IEnumerable<Department> departments, IEnumerable<ServiceItem> items, IEnumerable<Bundle> bundles, IEnumerable<LicenceType>? licenceTypes = null)
    {
        LicenceTypes = [.. licenceTypes ?? []];
        _licenceTypes = LicenceTypes.ToDictionary(t => t.Code, StringComparer.Ordinal);
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

    /// <summary>证照类型, in file order.</summary>
    public IReadOnlyList<LicenceType> LicenceTypes { get; }

    public int DepartmentCount => Departments.Count;

    public int ItemCount => Items.Count;

    public int BundleCount => Bundles.Count;

    public ServiceItem? FindItem(string code) => _items.GetValueOrDefault(code);

    public Bundle? FindBundle(string code) => _bundles.GetValueOrDefault(code);

    public Department? FindDepartment(string code) => _departments.GetValueOrDefault(code);

    public LicenceType? FindLicenceType(string code) => _licenceTypes.GetValueOrDefault(code);

    /// <summary>The licence types the approval of <paramref name="itemCode"/> issues to its applicant.</summary>
    public IEnumerable<LicenceType> LicencesIssuedBy(string itemCode) => LicenceTypes.Where(t => t.IssuedBy.Contains(itemCode, StringComparer.Ordinal));

    public IEnumerable<ServiceItem> ItemsOf(string departmentCode) => _byDepartment[departmentCode];
}
