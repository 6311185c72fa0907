using System.Globalization;

namespace ClerkStation.Features.BackOffice.Checks;

/// <summary>
/// 民政 (mz): a 低保 application whose declared monthly income per household member is above the local minimum living
/// standard (appsettings <c>DepartmentChecks:Mz:LowIncomeStandard</c>, CNY per person per month) is flagged for the reviewer.
/// </summary>
public sealed class MzLowIncomeCheck(IConfiguration configuration) : DepartmentCheck
{
    public const string Code = "mz.incomeAboveStandard";
    public const decimal DefaultStandard = 1200m;
    public static readonly string[] DefaultItems = ["MZ-001"];

    protected override string Department => "mz";

    protected override void Check(RunDepartmentChecks run)
    {
        var section = configuration.GetSection("DepartmentChecks:Mz");
        var items = section.GetSection("LowIncomeItems").Get<string[]>() is { Length: > 0 } configured ? configured : DefaultItems;
        if (!items.Contains(run.ItemCode, StringComparer.Ordinal))
        {
            return;
        }

        var standard = section.GetValue<decimal?>("LowIncomeStandard") ?? DefaultStandard;
        if (PerCapitaIncome(run) is { } perCapita && perCapita > standard)
        {
            run.Flag(Code, perCapita.ToString("0.##", CultureInfo.InvariantCulture), standard.ToString("0.##", CultureInfo.InvariantCulture));
        }
    }

    // Recomputed from the members rows (the declared facts); the stored computed field is only a fallback.
    private static decimal? PerCapitaIncome(RunDepartmentChecks run)
    {
        var members = run.Data.GetRows("members");
        if (members.Count > 0)
        {
            var total = members.Sum(m => decimal.TryParse(m.Get("monthlyIncome"), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : 0m);
            return Math.Round(total / members.Count, 2);
        }

        return decimal.TryParse(run.Data.Get("perCapitaMonthlyIncome"), NumberStyles.Number, CultureInfo.InvariantCulture, out var stored) ? stored : null;
    }
}
