namespace ClerkStation.Tests.Domain.Catalog;

using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;

// Usings sit inside the namespace so that 'Catalog' names the type, not this test namespace.

/// <summary>The catalog shipped in seed-data/catalog: loads cleanly, is big enough, and every form accepts a valid
/// sample and rejects broken ones.</summary>
public class ShippedCatalogTests
{
    private static readonly DateOnly Today = new(2025, 6, 16);

    private static readonly Lazy<CatalogLoadResult> Loaded = new(() => CatalogLoader.LoadFromDirectory(RepositoryRoot.Combine("seed-data", "catalog")));

    private static Catalog Shipped()
    {
        var result = Loaded.Value;
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        return result.Catalog!;
    }

    public static TheoryData<string> ItemCodes()
    {
        var data = new TheoryData<string>();
        foreach (var item in Loaded.Value.Catalog?.Items ?? [])
        {
            data.Add(item.Code);
        }

        return data;
    }

    public static TheoryData<string> BundleCodes()
    {
        var data = new TheoryData<string>();
        foreach (var bundle in Loaded.Value.Catalog?.Bundles ?? [])
        {
            data.Add(bundle.Code);
        }

        return data;
    }

    [Fact]
    public void Loads_with_zero_problems()
    {
        var result = Loaded.Value;
        Assert.Empty(result.Problems);
        Assert.NotNull(result.Catalog);
    }

    [Fact]
    public void Is_large_enough_for_a_township_window()
    {
        var catalog = Shipped();
        Assert.True(catalog.ItemCount >= 320, $"items: {catalog.ItemCount} (need ≥ 320)");
        Assert.True(catalog.DepartmentCount >= 14, $"departments: {catalog.DepartmentCount} (need ≥ 14)");
        Assert.True(catalog.BundleCount >= 10, $"bundles: {catalog.BundleCount} (need ≥ 10)");
        Assert.All(catalog.Departments, d => Assert.NotEmpty(catalog.ItemsOf(d.Code)));
    }

    [Fact]
    public void Items_are_complete_and_distinct()
    {
        var catalog = Shipped();
        Assert.Equal(catalog.ItemCount, catalog.Items.Select(i => i.Name.Zh).Distinct().Count());
        Assert.All(catalog.Items, item =>
        {
            Assert.False(string.IsNullOrWhiteSpace(item.Name.En), item.Code);
            Assert.NotEmpty(item.Keywords);
            Assert.NotEmpty(item.Materials);
            Assert.NotEmpty(item.Form.Fields);
            Assert.True(item.Kind == ItemKind.Instant ? item.PromisedDays == 0 : item.PromisedDays >= 1, item.Code);
            Assert.True(item.StatutoryDays is null || item.PromisedDays <= item.StatutoryDays, item.Code);
        });
    }

    [Theory]
    [MemberData(nameof(ItemCodes))]
    public void Item_form_accepts_a_valid_sample_and_rejects_invalid_ones(string code)
    {
        var item = Shipped().FindItem(code)!;
        AssertSamples(code, item.Form);
    }

    [Theory]
    [MemberData(nameof(BundleCodes))]
    public void Bundle_merged_form_accepts_a_valid_sample_and_rejects_invalid_ones(string code)
    {
        var bundle = Shipped().FindBundle(code)!;
        Assert.All(bundle.Parts, part => Assert.NotNull(Shipped().FindItem(part)));
        AssertSamples(code, bundle.MergedForm);
    }

    private static void AssertSamples(string code, FormDefinition form)
    {
        var valid = FormSamples.Valid(form, Today);
        var result = FormValidator.Validate(form, valid, Today);
        Assert.True(result.IsValid, $"{code}: valid sample rejected: {string.Join("; ", result.Errors)}\n{valid.ToJson()}");

        var invalid = FormSamples.Invalid(form, valid, Today).ToList();
        Assert.True(invalid.Count > 0, $"{code}: the form has nothing required and no limits to break");
        Assert.Contains(invalid, v => v.Description.StartsWith("required", StringComparison.Ordinal));
        foreach (var (description, path, data) in invalid)
        {
            var errors = FormValidator.Validate(form, data, Today).Errors;
            Assert.True(errors.Any(e => e.Path == path), $"{code}: {description} was accepted (errors: {string.Join("; ", errors)})");
        }
    }
}
