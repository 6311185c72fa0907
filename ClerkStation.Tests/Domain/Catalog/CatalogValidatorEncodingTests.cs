namespace ClerkStation.Tests.Domain.Catalog;

using System.Text;
using ClerkStation.Domain.Catalog;
using static ClerkStation.Tests.Domain.Catalog.CatalogFixture;

// Usings sit inside the namespace so that 'Catalog' names the type, not this test namespace.
/// <summary>What the catalog validator used to accept in the bytes: invalid UTF-8 is reported where it is, a byte order mark is fine.</summary>
public class CatalogValidatorEncodingTests
{
    private static List<(string FileName, byte[] Content)> AsBytes(List<(string FileName, string Json)> files) =>
        [.. files.Select(f => (f.FileName, Encoding.UTF8.GetBytes(f.Json)))];

    [Fact]
    public void Invalid_utf8_is_reported_with_the_file_and_byte_offset_instead_of_read_as_replacement_characters()
    {
        var files = AsBytes(Files());
        var mz = files.FindIndex(f => f.FileName == "items/mz.json");
        var bytes = files[mz].Content.ToList();
        var offset = Encoding.UTF8.GetBytes(Mz[..Mz.IndexOf("最低生活保障", StringComparison.Ordinal)]).Length + 3; // inside 最低
        bytes[offset] = 0xFF;
        files[mz] = ("items/mz.json", [.. bytes]);

        var result = CatalogLoader.LoadFromBytes(files);

        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Problems, p => p.File == "items/mz.json");
        Assert.Contains($"invalid UTF-8 at byte offset {offset}", problem.Message, StringComparison.Ordinal);
        Assert.Contains("line 4", problem.Message, StringComparison.Ordinal);
        Assert.Equal("$", problem.JsonPath);
    }

    [Fact]
    public void Valid_utf8_with_a_byte_order_mark_loads()
    {
        var files = AsBytes(Files());
        files[0] = (files[0].FileName, [0xEF, 0xBB, 0xBF, .. files[0].Content]);

        var result = CatalogLoader.LoadFromBytes(files);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
    }
}
