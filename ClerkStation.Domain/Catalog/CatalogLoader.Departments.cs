using System.Text.Json;
using System.Text.RegularExpressions;
using ClerkStation.Domain.Json;

namespace ClerkStation.Domain.Catalog;

/// <summary>departments.json: the departments, their window and order.</summary>
public static partial class CatalogLoader
{
    private static readonly Dictionary<string, ServiceWindow> Windows = new()
    {
        ["comprehensive"] = ServiceWindow.Comprehensive,
        ["police"] = ServiceWindow.Police,
    };

    [GeneratedRegex("^[a-z]{2,8}$")]
    private static partial Regex DepartmentCode();

    private static Dictionary<string, Department> ReadDepartments(List<(string File, JsonDocument Document)> documents, ProblemLog log)
    {
        var departments = new Dictionary<string, Department>(StringComparer.Ordinal);
        var departmentsDoc = documents.FirstOrDefault(d => d.File == DepartmentsFile);
        if (departmentsDoc.Document is not null)
        {
            ReadDepartments(departmentsDoc.Document.RootElement, log, departments);
        }
        else if (!log.Problems.Any(p => p.File == DepartmentsFile))
        {
            log.Add(DepartmentsFile, null, "$", "departments.json is missing");
        }

        return departments;
    }

    private static void ReadDepartments(JsonElement rootElement, ProblemLog log, Dictionary<string, Department> departments)
    {
        log.File = DepartmentsFile;
        var root = JsonObjectReader.Open(rootElement, "$", log, "departments.json", "$schema", "departments");
        foreach (var (element, path) in root?.Array("departments", required: true) ?? [])
        {
            var reader = JsonObjectReader.Open(element, path, log, "a department", "code", "name", "window", "order");
            if (reader is null)
            {
                continue;
            }

            var code = reader.String("code", required: true, DepartmentCode());
            var name = reader.Text("name", required: true, englishRequired: true);
            var window = reader.Enum("window", required: true, Windows);
            var order = reader.Int("order", required: true);
            if (code is null || name is null || window is null || order is null)
            {
                continue;
            }

            if (!departments.TryAdd(code, new Department(code, name, window.Value, order.Value)))
            {
                log.Add(reader.PathOf("code"), $"duplicate department code '{code}'");
            }
        }
    }
}
