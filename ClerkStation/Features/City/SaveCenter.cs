using ClerkStation.Domain.Centers;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Commands;
using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.City;

/// <summary>
/// The city admin creates a center (Id null) or changes one's name, county, case-number prefix and time zone. The code
/// is the center's address (/city/{code}) and stays as created.
/// </summary>
[AllowedRoles(StaffRole.CityAdmin)]
public sealed record SaveCenter(int? Id, string Code, string Name, string County, string CasePrefix, string TimeZoneId)
    : ICommand<int>, IAuditTarget
{
    public string? AuditTarget => Code;
}

public sealed class SaveCenterValidator : IRequestValidator<SaveCenter>
{
    /// <summary>Codes that are pages of their own under /city.</summary>
    private static readonly string[] Reserved = ["centers"];

    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(SaveCenter message, CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        var code = message.Code?.Trim() ?? string.Empty;
        if (message.Id is null && !Center.IsCode(code))
        {
            problems.Add(new ValidationProblem("code", "center.codeInvalid"));
        }
        else if (message.Id is null && Reserved.Contains(code, StringComparer.OrdinalIgnoreCase))
        {
            problems.Add(new ValidationProblem("code", "center.codeReserved", Arg(code)));
        }

        if (string.IsNullOrWhiteSpace(message.Name) || message.Name.Trim().Length > 64)
        {
            problems.Add(new ValidationProblem("name", "center.nameRequired"));
        }

        if (message.County?.Trim().Length > 64)
        {
            problems.Add(new ValidationProblem("county", "center.countyTooLong"));
        }

        var prefix = message.CasePrefix?.Trim().ToUpperInvariant() ?? string.Empty;
        if (!Center.IsPrefix(prefix))
        {
            problems.Add(new ValidationProblem("casePrefix", "center.prefixInvalid"));
        }
        else if (prefix == WorkspaceCenterOptions.PracticePrefix)
        {
            // Practice receipts start with it (ADR 0005): a real case must never look like one.
            problems.Add(new ValidationProblem("casePrefix", "center.prefixTaken", Arg(prefix)));
        }

        if (!CenterTimeZones.IsKnown(message.TimeZoneId))
        {
            problems.Add(new ValidationProblem("timeZoneId", "center.timeZoneUnknown", Arg(message.TimeZoneId?.Trim() ?? string.Empty)));
        }

        return ValueTask.FromResult<IReadOnlyList<ValidationProblem>>(problems);
    }

    internal static Dictionary<string, string> Arg(string value) => new() { ["value"] = value };
}

public sealed class SaveCenterHandler(AggregateCommands commands)
    : ICommandHandler<SaveCenter, int>
{
    public async ValueTask<int> Handle(SaveCenter command, CancellationToken cancellationToken)
    {
        try
        {
            return await commands.RunAsync(save => SaveAsync(save.Db, command, cancellationToken), cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another admin took the code, the prefix or the next id at the same moment.
            throw new RequestValidationException([new ValidationProblem("casePrefix", "center.saveClash")]);
        }
    }

    private static async Task<int> SaveAsync(ClerkDbContext db, SaveCenter command, CancellationToken cancellationToken)
    {
        var prefix = command.CasePrefix.Trim().ToUpperInvariant();
        var others = await db.Centers.Where(c => c.Id != command.Id).Select(c => new { c.Code, c.CasePrefix }).ToListAsync(cancellationToken);
        if (command.Id is null && others.Any(o => string.Equals(o.Code, command.Code.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            throw new RequestValidationException([new ValidationProblem("code", "center.codeTaken", SaveCenterValidator.Arg(command.Code.Trim()))]);
        }

        if (others.Any(o => o.CasePrefix == prefix))
        {
            throw new RequestValidationException([new ValidationProblem("casePrefix", "center.prefixTaken", SaveCenterValidator.Arg(prefix))]);
        }

        if (command.Id is { } id)
        {
            var center = await db.Centers.FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
                ?? throw new RequestValidationException([new ValidationProblem("id", "center.notFound")]);
            center.Change(center.Code, command.Name, command.County, prefix, command.TimeZoneId);
            return id;
        }

        var next = (await db.Centers.MaxAsync(c => (int?)c.Id, cancellationToken) ?? 0) + 1;
        db.Centers.Add(Center.Create(next, command.Code.Trim(), command.Name, command.County, prefix, command.TimeZoneId));
        return next;
    }
}
