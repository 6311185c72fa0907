using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ClerkStation.Tests.Features.Localization;

/// <summary>Both languages carry every string, and every string the code asks for exists (no raw keys on screen).</summary>
public sealed partial class ResourceTests
{
    private static string Root => RepositoryRoot.Folder;

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(Root, "ClerkStation", "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [Fact]
    public void Chinese_and_english_have_the_same_keys_and_no_empty_text()
    {
        var zh = Load("SharedResource.resx");
        var en = Load("SharedResource.en.resx");

        Assert.Empty(zh.Keys.Except(en.Keys));
        Assert.Empty(en.Keys.Except(zh.Keys));
        Assert.DoesNotContain(zh, kv => string.IsNullOrWhiteSpace(kv.Value));
        Assert.DoesNotContain(en, kv => string.IsNullOrWhiteSpace(kv.Value));
    }

    [Fact]
    public void Every_key_the_ui_asks_for_exists()
    {
        var zh = Load("SharedResource.resx");
        var used = Directory.EnumerateFiles(Path.Combine(Root, "ClerkStation"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => KeyPattern().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet();

        Assert.True(used.Count > 100, $"only {used.Count} keys found: the scan is broken");
        var missing = used.Where(k => !zh.ContainsKey(k)).Order().ToList();
        Assert.True(missing.Count == 0, "missing resource keys: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("CaseStatus.", typeof(ClerkStation.Domain.Cases.CaseStatus))]
    [InlineData("MaterialStatus.", typeof(ClerkStation.Domain.Cases.MaterialStatus))]
    [InlineData("MaterialForm.", typeof(ClerkStation.Domain.Catalog.MaterialForm))]
    [InlineData("Kind.", typeof(ClerkStation.Domain.Catalog.ItemKind))]
    [InlineData("Role.", typeof(ClerkStation.Domain.Staff.StaffRole))]
    [InlineData("Window.", typeof(ClerkStation.Domain.Catalog.ServiceWindow))]
    [InlineData("Sex.", typeof(ClerkStation.Domain.Forms.Checks.Sex))]
    [InlineData("Priority.", typeof(ClerkStation.Domain.Queue.PriorityReason))]
    [InlineData("TicketStatus.", typeof(ClerkStation.Domain.Queue.TicketStatus))]
    [InlineData("DeviceKind.", typeof(ClerkStation.Domain.Queue.DeviceKind))]
    public void Every_enum_value_shown_on_screen_has_text(string prefix, Type enumType)
    {
        var zh = Load("SharedResource.resx");
        var missing = Enum.GetNames(enumType).Select(n => prefix + n).Where(k => !zh.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0, "missing resource keys: " + string.Join(", ", missing));
    }

    [GeneratedRegex("""\bL\["([A-Za-z0-9_.]+)"[\],]""")]
    private static partial Regex KeyPattern();
}
