using ClerkStation.Domain.Common;

namespace ClerkStation.Domain.Centers;

/// <summary>
/// One township service center (便民服务中心) of a city deployment. Its staff, windows, cases, notices, ratings, complaints
/// and tickets carry its <see cref="Id"/> (<see cref="ICenterOwned"/>).
/// </summary>
public sealed class Center : AggregateRoot
{
    /// <summary>The center every row of a single-center installation belongs to (the column's default, ADR 0018).</summary>
    public const int DefaultId = 1;

    private Center()
    {
    }

    public int Id { get; private set; }

    /// <summary>Short stable code used in addresses (/city/{code}): letters, digits and '-'.</summary>
    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    /// <summary>The county or district (县/区) the center belongs to.</summary>
    public string County { get; private set; } = string.Empty;

    /// <summary>Case numbers of the center start with it (ZS-20261122-0001); unique across the city.</summary>
    public string CasePrefix { get; private set; } = string.Empty;

    /// <summary>An IANA time zone id (Asia/Shanghai).</summary>
    public string TimeZoneId { get; private set; } = "Asia/Shanghai";

    public static Center Create(int id, string code, string name, string county, string casePrefix, string timeZoneId)
    {
        var center = new Center { Id = id };
        center.Change(code, name, county, casePrefix, timeZoneId);
        return center;
    }

    public void Change(string code, string name, string county, string casePrefix, string timeZoneId)
    {
        Code = Require(code, IsCode, "center.codeInvalid");
        Name = Require(name?.Trim() ?? string.Empty, n => n.Length is > 0 and <= 64, "center.nameRequired");
        County = county?.Trim() ?? string.Empty;
        CasePrefix = Require(casePrefix?.Trim().ToUpperInvariant() ?? string.Empty, IsPrefix, "center.prefixInvalid");
        TimeZoneId = Require(timeZoneId?.Trim() ?? string.Empty, z => z.Length is > 0 and <= 64, "center.timeZoneRequired");
        Raise(new CenterChanged(Id));
    }

    public static bool IsCode(string code) =>
        code is { Length: > 0 and <= 32 } && code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    /// <summary>Two to six capital letters: the prefix is printed on receipts and must not be read as a date or a number.</summary>
    public static bool IsPrefix(string prefix) => prefix is { Length: >= 2 and <= 6 } && prefix.All(char.IsAsciiLetterUpper);

    private static string Require(string value, Func<string, bool> valid, string code) =>
        valid(value) ? value : throw new DomainRuleException(code, $"{code}: '{value}' is not accepted.");
}
