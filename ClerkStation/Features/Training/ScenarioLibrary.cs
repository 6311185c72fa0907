using System.Text.Json;
using ClerkStation.Domain.Training;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.Training;

/// <summary>
/// The scenarios of seed-data/training/*.json, checked against the catalog at start-up (every error listed, start-up
/// stops), plus the scenarios trainers created or edited in the UI (production database), which win on the same code.
/// </summary>
public sealed class ScenarioLibrary
{
    private readonly Dictionary<string, string> _fileSources = new(StringComparer.Ordinal);
    private readonly CatalogStore _catalog;

    public ScenarioLibrary(string seedDataFolder, CatalogStore catalog)
    {
        _catalog = catalog;
        Folder = Path.Combine(seedDataFolder, "training");
        var scenarios = new List<Scenario>();
        var errors = new List<ScenarioError>();
        if (Directory.Exists(Folder))
        {
            foreach (var file in Directory.EnumerateFiles(Folder, "*.json").Order(StringComparer.Ordinal))
            {
                var name = "training/" + Path.GetFileName(file);
                var text = File.ReadAllText(file);
                var result = ScenarioParser.ParseFile(name, text, catalog.FindTarget);
                errors.AddRange(result.Errors);
                scenarios.AddRange(result.Scenarios);
                if (result.IsValid)
                {
                    RememberSources(text);
                }
            }
        }

        foreach (var duplicate in scenarios.GroupBy(s => s.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new ScenarioError(string.Join(", ", duplicate.Select(s => s.Source).Distinct()), duplicate.Key, "$.scenarios", "the same code is used in more than one place"));
        }

        if (errors.Count > 0)
        {
            throw new ScenarioLibraryInvalidException(Folder, errors.Select(e => e.ToString()).ToList());
        }

        FileScenarios = scenarios;
    }

    public string Folder { get; }

    public IReadOnlyList<Scenario> FileScenarios { get; }

    /// <summary>Every scenario: the files overridden and extended by the trainers' edits.</summary>
    public async Task<IReadOnlyList<Scenario>> AllAsync(ClerkDatabases databases, CancellationToken ct = default)
    {
        await using var db = await databases.Production.CreateDbContextAsync(ct);
        var records = await db.Set<TrainingScenarioRecord>().AsNoTracking().ToListAsync(ct);
        var byCode = FileScenarios.ToDictionary(s => s.Code, StringComparer.Ordinal);
        foreach (var record in records)
        {
            var parsed = Parse(record.Json);
            if (parsed.Scenarios is [var scenario])
            {
                byCode[scenario.Code] = scenario;
            }
        }

        return [.. byCode.Values.OrderBy(s => s.DepartmentCode, StringComparer.Ordinal).ThenBy(s => s.Code, StringComparer.Ordinal)];
    }

    public async Task<Scenario?> FindAsync(ClerkDatabases databases, string code, CancellationToken ct = default) =>
        (await AllAsync(databases, ct)).FirstOrDefault(s => s.Code == code);

    /// <summary>The JSON a trainer edits: their stored version, else the file's.</summary>
    public async Task<string?> SourceAsync(ClerkDatabases databases, string code, CancellationToken ct = default)
    {
        await using var db = await databases.Production.CreateDbContextAsync(ct);
        var record = await db.Set<TrainingScenarioRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, ct);
        return record?.Json ?? _fileSources.GetValueOrDefault(code);
    }

    public ScenarioParseResult Parse(string json) => ScenarioParser.ParseOne(json, _catalog.FindTarget);

    private void RememberSources(string text)
    {
        using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        foreach (var element in doc.RootElement.GetProperty("scenarios").EnumerateArray())
        {
            var code = element.GetProperty("code").GetString()!;
            _fileSources[code] = JsonSerializer.Serialize(element, PrettyJson);
        }
    }

    private static readonly JsonSerializerOptions PrettyJson = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

public sealed class ScenarioLibraryInvalidException(string folder, IReadOnlyList<string> problems)
    : Exception($"The training scenarios in {folder} have {problems.Count} problem(s):{Environment.NewLine}" + string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

public static class TrainingServices
{
    public static IServiceCollection AddTraining(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(sp => new ScenarioLibrary(SeedDataLocator.Resolve(configuration, environment.ContentRootPath), sp.GetRequiredService<CatalogStore>()));
        services.AddScoped<PracticeRunEvents>();
        return services;
    }
}

/// <summary>Per circuit: tells the practice banner that the active run was scored (the intake page knows nothing of runs).</summary>
public sealed class PracticeRunEvents
{
    public event Action<Guid>? RunFinished;

    public event Action? RunStarted;

    public void Started() => RunStarted?.Invoke();

    public void Finished(Guid runId) => RunFinished?.Invoke(runId);
}
