namespace ClerkStation.Tests.Domain.Catalog;

using System.Text;
using ClerkStation.Domain.Licences;
using C = ClerkStation.Domain.Licences.LicenceRowProblemCodes;

/// <summary>
/// The licence library file is read by the same JSON toolkit as the catalog and calendar: each problem the admin or the
/// log sees is located as <c>file · JSON path · message</c>, carries its code for the screen, and the good rows still import.
/// </summary>
public class LicenceLibraryFileTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private const string Good = """{ "type": "hukou-book", "number": "A1", "holderId": "330902199001011238", "holderName": "王芳", "issued": "2020-01-01" }""";

    private static IReadOnlyList<LicenceRowProblem> Problems(string json) =>
        LicenceLibraryFile.Parse(json, LicenceImportProblemTextTests.Catalog, Today, "upload.json").Problems;

    [Fact]
    public void A_value_of_the_wrong_type_is_reported_at_its_path_and_the_other_rows_import()
    {
        var json = $$"""{ "licences": [ {{Good}}, { "type": "hukou-book", "number": 42, "holderId": "330921195506120027", "holderName": "李明", "issued": "2020-01-01" } ] }""";

        var (rows, problems) = LicenceLibraryFile.Parse(json, LicenceImportProblemTextTests.Catalog, Today, "upload.json");

        var problem = Assert.Single(problems);
        Assert.Equal((2, "number", C.WrongType), (problem.Row, problem.Field, problem.Code));
        Assert.Equal("upload.json · $.licences[1].number · 'number' must be a string, not the number 42", problem.ToString());
        Assert.Equal("A1", Assert.Single(rows).Number);
    }

    [Fact]
    public void A_missing_field_is_required_at_its_path()
    {
        var problem = Assert.Single(Problems("""{ "licences": [ { "type": "hukou-book", "number": "A1", "holderId": "330902199001011238", "issued": "2020-01-01" } ] }"""));

        Assert.Equal((1, "holderName", C.Required, "$.licences[0].holderName"), (problem.Row, problem.Field, problem.Code, problem.JsonPath));
    }

    [Fact]
    public void A_blank_field_is_required_too()
    {
        var problem = Assert.Single(Problems("""{ "licences": [ { "type": "hukou-book", "number": "  ", "holderId": "330902199001011238", "holderName": "王芳", "issued": "2020-01-01" } ] }"""));

        Assert.Equal((C.Required, "$.licences[0].number"), (problem.Code, problem.JsonPath));
    }

    [Fact]
    public void An_unknown_field_names_the_fields_a_row_may_have_and_suggests_the_close_one()
    {
        var problem = Assert.Single(Problems("""{ "licences": [ { "type": "hukou-book", "number": "A1", "holderId": "330902199001011238", "holderName": "王芳", "issued": "2020-01-01", "validUntill": "2030-01-01" } ] }"""));

        Assert.Equal((C.UnknownField, "$.licences[0].validUntill"), (problem.Code, problem.JsonPath));
        Assert.Contains("validUntil", problem.Args[0]);
        Assert.Contains("did you mean 'validUntil'", problem.Message);
    }

    [Fact]
    public void A_field_given_twice_is_reported()
    {
        var problems = Problems("""{ "licences": [ { "type": "hukou-book", "number": "A1", "number": "A2", "holderId": "330902199001011238", "holderName": "王芳", "issued": "2020-01-01" } ] }""");

        Assert.Contains(problems, p => p is { Code: C.DuplicateField, JsonPath: "$.licences[0].number" });
    }

    [Theory]
    [InlineData("""[]""", "$")]
    [InlineData("""{ "rows": [] }""", "$.licences")]
    [InlineData("""{ "licences": {} }""", "$.licences")]
    public void A_file_without_a_licences_array_is_one_shape_problem_of_the_whole_file(string json, string path)
    {
        Assert.Contains(Problems(json), p => p is { Row: 0, Code: C.Shape } && p.JsonPath == path);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_with_its_line_not_read_with_replacement_characters()
    {
        var bytes = Encoding.UTF8.GetBytes("{ \"licences\": [\n" + Good.Replace("王芳", "王\u0001", StringComparison.Ordinal) + "\n] }");
        var at = Array.IndexOf(bytes, (byte)1);
        bytes[at] = 0xFF;

        var (rows, problems) = LicenceLibraryFile.Parse(bytes, LicenceImportProblemTextTests.Catalog, Today, "upload.json");

        Assert.Empty(rows);
        var problem = Assert.Single(problems);
        Assert.Equal((0, C.Encoding, "2"), (problem.Row, problem.Code, problem.Args[0]));
        Assert.StartsWith("upload.json · $ · invalid UTF-8 at byte offset", problem.ToString());
    }

    [Fact]
    public void Not_json_keeps_its_line_for_the_screen()
    {
        var problem = Assert.Single(Problems("{\n \"licences\": [ nope"));

        Assert.Equal((0, C.Json, "2"), (problem.Row, problem.Code, problem.Args[0]));
    }
}
