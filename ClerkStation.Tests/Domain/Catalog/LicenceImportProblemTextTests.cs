namespace ClerkStation.Tests.Domain.Catalog;

using System.Xml.Linq;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Licences;
using static ClerkStation.Tests.Domain.Catalog.CatalogFixture;

/// <summary>
/// The admin reads what is wrong with an uploaded licence library in the screen's language: every problem carries a code
/// that both resource files spell out, not the English sentence the parser also writes for logs.
/// </summary>
public class LicenceImportProblemTextTests
{
    /// <summary>The test catalog with one licence type, hukou-book (held by a person).</summary>
    internal static readonly Catalog Catalog = CatalogLoader.LoadFromFiles(With(
        "items/mz.json", "\"eLicense\": true, \"commitment\": false }", "\"eLicense\": true, \"commitment\": false, \"licence\": \"hukou-book\" }")
        .Append((CatalogLoader.LicenceTypesFile, """
            { "licenceTypes": [ { "code": "hukou-book", "name": { "zh": "居民户口簿", "en": "Household register" },
              "issuer": { "zh": "公安机关", "en": "Public Security Bureau" }, "holder": "person", "validityYears": null } ] }
            """)).ToList()).Catalog!;

    [Fact]
    public void A_file_with_every_kind_of_row_problem_reports_each_with_its_code()
    {
        const string file = """
            { "licences": [
              "not an object",
              { "type": "hukou-book", "number": "A1", "holderId": "123", "holderName": "张三", "issued": "2030-01-01", "colour": "red" },
              { "type": "passport", "number": "A2", "holderId": "330902197001011515", "holderName": "李四", "issued": "1.1.2020", "status": "lost" },
              { "type": "hukou-book", "number": "A3", "holderName": "王五", "issued": "2020-01-01", "validUntil": "2019-01-01" }
            ] }
            """;
        var (_, problems) = LicenceLibraryFile.Parse(file, Catalog, new DateOnly(2026, 12, 1));

        var codes = problems.Select(p => p.Code).ToHashSet();
        Assert.Subset(codes, new HashSet<string>
        {
            LicenceRowProblemCodes.NotAnObject, LicenceRowProblemCodes.UnknownField, LicenceRowProblemCodes.PersonId,
            LicenceRowProblemCodes.IssuedInFuture, LicenceRowProblemCodes.UnknownType, LicenceRowProblemCodes.NotADate,
            LicenceRowProblemCodes.Status, LicenceRowProblemCodes.Required, LicenceRowProblemCodes.ValidUntilBeforeIssued,
        });
        Assert.All(problems, p => Assert.Contains(p.Code, LicenceRowProblemCodes.All));
        Assert.Contains(problems, p => p is { Row: 3, Code: LicenceRowProblemCodes.UnknownType } && p.Args[0] == "passport");
        Assert.Equal(LicenceRowProblemCodes.Json, Assert.Single(LicenceLibraryFile.Parse("{ nope", Catalog, new DateOnly(2026, 12, 1)).Problems).Code);
    }

    [Fact]
    public void Every_problem_code_is_spelled_out_in_chinese_and_english_with_its_arguments()
    {
        var zh = Load("SharedResource.resx");
        var en = Load("SharedResource.en.resx");
        foreach (var code in LicenceRowProblemCodes.All)
        {
            var key = "Licences.Import.Problem." + code;
            Assert.True(zh.ContainsKey(key) && en.ContainsKey(key), key);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", zh[key]);
            Assert.Equal(Placeholders(zh[key]), Placeholders(en[key]));
        }
    }

    private static string Placeholders(string text) => string.Join(",", System.Text.RegularExpressions.Regex.Matches(text, @"\{\d\}").Select(m => m.Value).Order());

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(RepositoryRoot.Combine("ClerkStation", "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);
}
