using System.Globalization;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;

namespace ClerkStation.Infrastructure.Seeding;

/// <summary>The fictional applicants of the demo history: common names, valid-looking ID numbers, one township address.</summary>
internal static class DemoApplicants
{
    public static Applicant[] Make()
    {
        string[] names = ["陈海燕", "王建军", "李秀英", "张伟", "刘芳", "周国强", "吴丽华", "郑小龙", "孙美玲", "林志明", "徐静", "何永福"];
        return names.Select((n, i) => new Applicant(ApplicantKind.Person, n, DemoIds[i % DemoIds.Length], "1380580" + (1000 + i).ToString(CultureInfo.InvariantCulture), "舟山市定海区"))
            .ToArray();
    }

    // Valid check digits (GB 11643), clearly fictional.
    private static readonly string[] DemoIds = ["33090219800101001X", "330902198502020028", "330902199003030031", "330902197504040044"];
}
