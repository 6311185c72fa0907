namespace ClerkStation.Tests.Domain.Catalog;

using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Intake;
using static ClerkStation.Tests.Domain.Catalog.CatalogFixture;

// Usings sit inside the namespace so that 'Catalog' names the type, not this test namespace.

/// <summary>licence-types.json: the licence types materials may name (免提交) and items issue, validated like the rest.</summary>
public class LicenceTypeCatalogTests
{
    private const string Types = """
        { "licenceTypes": [
          { "code": "hukou-book", "name": { "zh": "居民户口簿", "en": "Household register" },
            "issuer": { "zh": "公安机关", "en": "Public Security Bureau" }, "holder": "person", "validityYears": null },
          { "code": "marriage", "name": { "zh": "结婚证", "en": "Marriage certificate" },
            "issuer": { "zh": "婚姻登记机关", "en": "Marriage registry" }, "holder": "person", "validityYears": 30, "issuedBy": ["MZ-002"] }
        ] }
        """;

    private static List<(string FileName, string Json)> LicenceFiles(string licence = "\"hukou-book\"", string types = Types)
    {
        var files = With("items/mz.json", "\"eLicense\": true, \"commitment\": false }", $"\"eLicense\": true, \"commitment\": false, \"licence\": {licence} }}");
        files.Add((CatalogLoader.LicenceTypesFile, types));
        return files;
    }

    [Fact]
    public void Licence_types_load_and_a_material_names_the_type_that_replaces_it()
    {
        var result = CatalogLoader.LoadFromFiles(LicenceFiles());

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var catalog = result.Catalog!;
        Assert.Equal(["hukou-book", "marriage"], catalog.LicenceTypes.Select(t => t.Code));
        Assert.Null(catalog.FindLicenceType("hukou-book")!.ValidityYears);
        Assert.Equal(30, catalog.FindLicenceType("marriage")!.ValidityYears);
        Assert.Equal("hukou-book", catalog.FindItem("MZ-001")!.Materials[0].LicenceType);
        Assert.Equal(["marriage"], catalog.LicencesIssuedBy("MZ-002").Select(t => t.Code));
        Assert.Contains(MaterialStatus.ELicense, MaterialRules.AllowedStatuses(catalog.FindItem("MZ-001")!.Materials[0] with { ELicense = false }));
    }

    [Fact]
    public void A_material_naming_an_unknown_licence_type_is_reported_with_file_path_and_suggestion()
    {
        var problem = SingleProblem(LicenceFiles("\"hukou-bok\""));

        Assert.Equal(("items/mz.json", "MZ-001", "$.items[0].materials[0].licence"), (problem.File, problem.ItemCode, problem.JsonPath));
        Assert.Contains("unknown licence type 'hukou-bok'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'hukou-book'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_licence_type_issued_by_an_unknown_item_is_reported_in_licence_types_json()
    {
        var problem = SingleProblem(LicenceFiles(types: Types.Replace("\"MZ-002\"", "\"MZ-009\"", StringComparison.Ordinal)));

        Assert.Equal((CatalogLoader.LicenceTypesFile, "marriage", "$.licenceTypes[1].issuedBy[0]"), (problem.File, problem.ItemCode, problem.JsonPath));
        Assert.Contains("unknown item 'MZ-009'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_licence_type_needs_an_issuer_a_holder_and_a_unique_code()
    {
        var broken = Types.Replace("\"issuer\": { \"zh\": \"公安机关\", \"en\": \"Public Security Bureau\" }, \"holder\": \"person\"", "\"holder\": \"robot\"", StringComparison.Ordinal)
            .Replace("\"code\": \"marriage\"", "\"code\": \"hukou-book\"", StringComparison.Ordinal);
        var result = CatalogLoader.LoadFromFiles(LicenceFiles(types: broken));

        Assert.Null(result.Catalog);
        Assert.All(result.Problems, p => Assert.Equal(CatalogLoader.LicenceTypesFile, p.File));
        Assert.Contains(result.Problems, p => p.JsonPath == "$.licenceTypes[0].issuer");
        Assert.Contains(result.Problems, p => p.JsonPath == "$.licenceTypes[0].holder");
        Assert.Contains(result.Problems, p => p.JsonPath == "$.licenceTypes[1].code" && p.Message.Contains("duplicate licence type code", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_licence_types_a_material_naming_one_is_reported()
    {
        var files = With("items/mz.json", "\"eLicense\": true, \"commitment\": false }", "\"eLicense\": true, \"commitment\": false, \"licence\": \"hukou-book\" }");

        var problem = SingleProblem(files);

        Assert.Equal("$.items[0].materials[0].licence", problem.JsonPath);
    }
}
