namespace ClerkStation.Tests.Domain.Catalog;

using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using static ClerkStation.Tests.Domain.Catalog.CatalogFixture;

// Usings sit inside the namespace so that 'Catalog' names the type, not this test namespace.
/// <summary>A valid catalog: loaded from files or a folder, templates expanded, forms and materials working as loaded.</summary>
public class CatalogLoadingTests
{
    [Fact]
    public void A_valid_catalog_loads_with_templates_expanded()
    {
        var result = CatalogLoader.LoadFromFiles(Files());
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var catalog = result.Catalog!;

        Assert.Equal((3, 4, 2), (catalog.DepartmentCount, catalog.ItemCount, catalog.BundleCount));
        Assert.Equal(["wj", "mz", "ga"], catalog.Departments.Select(d => d.Code));
        Assert.Equal(["MZ-001", "MZ-002"], catalog.ItemsOf("mz").Select(i => i.Code));
        Assert.Equal(ServiceWindow.Police, catalog.FindDepartment("ga")!.Window);

        var mz1 = catalog.FindItem("MZ-001")!;
        Assert.Equal(["idNumber", "phone", "maritalStatus", "members", "totalIncome", "age"], mz1.Form.Fields.Select(f => f.Key));
        Assert.Equal(FieldKind.Money, mz1.Form.Find("members.monthlyIncome")!.Kind);
        Assert.Equal((ItemKind.Promised, 20, (int?)23, "mz"), (mz1.Kind, mz1.PromisedDays, mz1.StatutoryDays, mz1.RouteTo));
        Assert.Equal("家庭困难", mz1.Guide.Conditions!.Zh);
        Assert.Null(catalog.FindItem("MZ-002")!.StatutoryDays);
        Assert.Equal("mz", catalog.FindItem("WJ-001")!.RouteTo);
        Assert.Null(catalog.FindItem("XX-001"));
    }

    [Fact]
    public void Conditional_material_follows_the_form()
    {
        var item = CatalogLoader.LoadFromFiles(Files()).Catalog!.FindItem("MZ-001")!;
        var marriage = item.Materials.Single(m => m.Code == "marriage-cert");
        Assert.False(marriage.IsRequired(new FormData().Set("maritalStatus", "single")));
        Assert.True(marriage.IsRequired(new FormData().Set("maritalStatus", "married")));
        Assert.True(item.Materials.Single(m => m.Code == "household-register").IsRequired(new FormData()));
    }

    [Fact]
    public void Loaded_form_validates_data()
    {
        var form = CatalogLoader.LoadFromFiles(Files()).Catalog!.FindItem("WJ-001")!.Form;
        var data = new FormData().Set("idNumber", "11010519491231002X").Set("phone", "13812345678").Set("babyName", "Tom");
        Assert.Equal("pattern", FormValidator.Validate(form, data, new DateOnly(2026, 3, 16)).For("babyName")!.Code);
        data.Set("babyName", "王小明");
        Assert.True(FormValidator.Validate(form, data, new DateOnly(2026, 3, 16)).IsValid);
    }

    [Fact]
    public void Bundle_merge_asks_a_shared_field_once_and_merges_materials()
    {
        var bundle = CatalogLoader.LoadFromFiles(Files()).Catalog!.FindBundle("YJS-001")!;
        Assert.Equal(["idNumber", "phone", "babyName"], bundle.MergedForm.Fields.Select(f => f.Key));
        var register = Assert.Single(bundle.Materials);
        Assert.Equal(2, register.Copies);
        Assert.Equal(MaterialForm.Copy, register.Form);   // first definition wins
    }

    [Fact]
    public void Loads_from_a_directory_ignoring_the_schema()
    {
        var folder = Directory.CreateTempSubdirectory("catalog-").FullName;
        try
        {
            foreach (var (name, json) in Files())
            {
                var path = Path.Combine(folder, name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, json);
            }

            File.WriteAllText(Path.Combine(folder, "catalog.schema.json"), "{}");
            var result = CatalogLoader.LoadFromDirectory(folder);
            Assert.True(result.IsValid, string.Join("\n", result.Problems));
            Assert.Equal(4, result.Catalog!.ItemCount);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
