using ClerkStation.Domain.Search;

namespace ClerkStation.Tests.Domain.Search;

/// <summary>Real item names from shared/domain/township-items.md, with English names and aliases as a catalog would carry.</summary>
internal static class SearchTestData
{
    public static readonly SearchEntry[] Entries =
    [
        E("rs-001", "城乡居民基本养老保险参保登记", "Basic pension insurance enrolment for urban and rural residents", "rs", "城乡养老"),
        E("rs-002", "城乡居民基本养老保险缴费档次变更", "Change of pension contribution level", "rs"),
        E("rs-003", "社会保障卡补领、换领", "Social security card reissue and replacement", "rs", "社保卡"),
        E("rs-004", "劳动人事争议调解申请", "Labour dispute mediation application", "rs"),
        E("mz-001", "最低生活保障家庭认定及保障金给付", "Minimum living allowance household recognition and payment", "mz", "低保", "低保申请"),
        E("mz-002", "最低生活保障边缘家庭认定", "Near-minimum-allowance household recognition", "mz", "低保边缘"),
        E("mz-003", "困难残疾人生活补贴申请", "Living subsidy for disabled people in difficulty", "mz", "两项补贴"),
        E("mz-004", "重度残疾人护理补贴申请", "Nursing subsidy for severely disabled people", "mz", "两项补贴"),
        E("mz-005", "困难群众基本生活救助资金发放账户变更", "Change of assistance payment account", "mz", "银行卡变更"),
        E("mz-006", "低保、特困人员救助证明开具", "Certificate of minimum allowance or extreme poverty support", "mz"),
        E("cl-001", "残疾人证新办", "Disability certificate application", "cl", "残疾证"),
        E("cl-002", "残疾人证残疾类别、等级变更", "Disability certificate category or grade change", "cl"),
        E("cl-003", "残疾人证注销", "Disability certificate cancellation", "cl"),
        E("yb-001", "长期护理保险失能评估及待遇申请", "Long-term care insurance assessment and benefits", "yb", "长护险"),
        E("yb-002", "异地就医备案（异地长期居住/转诊/临时外出）", "Registration for medical treatment in another place", "yb"),
        E("sc-001", "个体工商户变更登记", "Individual business change registration", "sc"),
        E("sc-002", "个体工商户设立登记", "Individual business registration", "sc", "个体户开业"),
        E("gjj-001", "住房公积金偿还住房贷款提取", "Housing provident fund withdrawal for loan repayment", "gjj"),
        E("sf-001", "人民调解申请", "People's mediation application", "sf"),
        E("ga-001", "居民身份证申领、换领、补领（派出所户籍窗口）", "Resident ID card application, renewal and reissue", "ga"),
    ];

    public static readonly ItemSearchIndex Index = ItemSearchIndex.Build(Entries);

    public static string NameOf(string code) => Entries.Single(e => e.Code == code).NameZh;

    private static SearchEntry E(string code, string zh, string en, string dept, params string[] keywords) =>
        new(code, zh, en, dept, "Promised", keywords);
}
