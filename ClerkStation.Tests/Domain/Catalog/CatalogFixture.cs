namespace ClerkStation.Tests.Domain.Catalog;

/// <summary>A small valid catalog as in-memory files; tests break one piece at a time.</summary>
internal static class CatalogFixture
{
    public const string Departments = """
        {
          // comments and trailing commas are allowed
          "departments": [
            { "code": "mz", "name": { "zh": "民政", "en": "Civil Affairs" }, "window": "comprehensive", "order": 30 },
            { "code": "wj", "name": { "zh": "卫健", "en": "Health" }, "window": "comprehensive", "order": 20 },
            { "code": "ga", "name": { "zh": "公安", "en": "Police" }, "window": "police", "order": 90 },
          ]
        }
        """;

    public const string Templates = """
        { "templates": [
          { "id": "applicant", "fields": [
            { "key": "idNumber", "kind": "residentId", "label": { "zh": "身份证号", "en": "ID number" }, "required": true },
            { "key": "phone", "kind": "mobile", "label": { "zh": "手机", "en": "Mobile" }, "required": true }
          ] }
        ] }
        """;

    public const string Mz = """
        { "items": [
          {
            "code": "MZ-001",
            "name": { "zh": "最低生活保障", "en": "Minimum living allowance" },
            "department": "mz",
            "kind": "promised", "promisedDays": 20, "statutoryDays": 23,
            "applicant": "person",
            "keywords": ["低保"], "aliases": ["低保申请"],
            "fees": { "zh": "不收费", "en": "Free" },
            "legalBasis": ["《社会救助暂行办法》第十一条"],
            "guide": { "conditions": { "zh": "家庭困难", "en": "" } },
            "materials": [
              { "code": "household-register", "name": { "zh": "户口簿", "en": "Household register" }, "form": "original",
                "copies": 1, "required": true, "requiredWhen": null, "eLicense": true, "commitment": false },
              { "code": "marriage-cert", "name": { "zh": "结婚证", "en": "Marriage certificate" }, "form": "copy",
                "required": false, "requiredWhen": { "field": "maritalStatus", "equals": "married" } }
            ],
            "form": { "templates": ["applicant"], "fields": [
              { "key": "maritalStatus", "kind": "select", "label": { "zh": "婚姻状况", "en": "Marital status" },
                "options": [ { "value": "single", "label": { "zh": "未婚", "en": "Single" } },
                             { "value": "married", "label": { "zh": "已婚", "en": "Married" } } ] },
              { "key": "members", "kind": "group", "label": { "zh": "家庭成员", "en": "Members" }, "minRows": 1,
                "fields": [
                  { "key": "name", "kind": "text", "label": { "zh": "姓名", "en": "Name" }, "required": true },
                  { "key": "monthlyIncome", "kind": "money", "label": { "zh": "月收入", "en": "Income" }, "min": 0,
                    "visibleWhen": { "any": [ { "field": "name", "notEmpty": true }, { "field": "maritalStatus", "in": ["married"] } ] } }
                ] },
              { "key": "totalIncome", "kind": "computed", "label": { "zh": "总收入", "en": "Total" },
                "compute": { "op": "sum", "of": "members.monthlyIncome" } },
              { "key": "age", "kind": "computed", "label": { "zh": "年龄", "en": "Age" }, "compute": { "op": "age", "of": "idNumber" } }
            ] }
          },
          {
            "code": "MZ-002", "name": { "zh": "结婚登记", "en": "Marriage registration" }, "department": "mz",
            "kind": "instant", "promisedDays": 0, "statutoryDays": null, "applicant": "person",
            "fees": { "zh": "不收费", "en": "Free" }, "materials": [],
            "form": { "templates": ["applicant"] }
          },
        ] }
        """;

    public const string Wj = """
        { "items": [
          { "code": "WJ-001", "name": { "zh": "出生医学证明", "en": "Birth certificate" }, "department": "wj", "routeTo": "mz",
            "kind": "promised", "promisedDays": 3, "applicant": "person", "fees": { "zh": "不收费", "en": "Free" },
            "materials": [
              { "code": "household-register", "name": { "zh": "户口簿", "en": "Household register" }, "form": "copy", "copies": 2, "required": false }
            ],
            "form": { "templates": ["applicant"], "fields": [
              { "key": "babyName", "kind": "text", "label": { "zh": "新生儿姓名", "en": "Baby name" }, "required": true, "pattern": "\\p{IsCJKUnifiedIdeographs}{2,4}" }
            ] } }
        ] }
        """;

    public const string Ga = """
        { "items": [
          { "code": "GA-001", "name": { "zh": "户口迁移", "en": "Household transfer" }, "department": "ga",
            "kind": "instant", "promisedDays": 0, "applicant": "person", "fees": { "zh": "不收费", "en": "Free" },
            "materials": [], "form": { "fields": [] } }
        ] }
        """;

    public const string Bundles = """
        { "bundles": [
          { "code": "YJS-001", "name": { "zh": "新生儿出生一件事", "en": "Newborn birth" }, "keywords": ["出生"],
            "parts": ["WJ-001", "MZ-002"] },
          { "code": "YJS-002", "name": { "zh": "混合", "en": "Mixed" }, "parts": ["MZ-002", "GA-001"] }
        ] }
        """;

    public static List<(string FileName, string Json)> Files() =>
    [
        ("departments.json", Departments),
        ("templates.json", Templates),
        ("bundles.json", Bundles),
        ("items/mz.json", Mz),
        ("items/wj.json", Wj),
        ("items/ga.json", Ga),
    ];

    /// <summary>The valid files with one text replacement in one file (the replacement must apply).</summary>
    public static List<(string FileName, string Json)> With(string file, string find, string replace)
    {
        var files = Files();
        var index = files.FindIndex(f => f.FileName == file);
        Assert.Contains(find, files[index].Json, StringComparison.Ordinal);
        files[index] = (file, files[index].Json.Replace(find, replace, StringComparison.Ordinal));
        return files;
    }

    /// <summary>The files do not load, and exactly one problem says why.</summary>
    public static ClerkStation.Domain.Catalog.CatalogProblem SingleProblem(List<(string FileName, string Json)> files)
    {
        var result = ClerkStation.Domain.Catalog.CatalogLoader.LoadFromFiles(files);
        Assert.False(result.IsValid);
        Assert.Null(result.Catalog);
        return Assert.Single(result.Problems);
    }

    /// <summary>The problem names this file, item and JSON path, and its message says <paramref name="messagePart"/>.</summary>
    public static void AssertProblem(ClerkStation.Domain.Catalog.CatalogProblem problem, string file, string? item, string path, string messagePart)
    {
        Assert.Equal(file, problem.File);
        Assert.Equal(item, problem.ItemCode);
        Assert.Equal(path, problem.JsonPath);
        Assert.Contains(messagePart, problem.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// One replacement in one file (as <see cref="With"/>) leaves exactly one problem, reported in that same file with
    /// this item, JSON path and message part.
    /// </summary>
    public static void AssertEditReports(string file, string find, string replace, string? item, string path, string messagePart) =>
        AssertProblem(SingleProblem(With(file, find, replace)), file, item, path, messagePart);

    /// <summary>The files do not load; the problems that say why.</summary>
    public static IReadOnlyList<ClerkStation.Domain.Catalog.CatalogProblem> Problems(List<(string FileName, string Json)> files)
    {
        var result = ClerkStation.Domain.Catalog.CatalogLoader.LoadFromFiles(files);
        Assert.False(result.IsValid);
        return result.Problems;
    }
}
