using ClerkStation.Features.Shared;

namespace ClerkStation.Features.BackOffice;

/// <summary>Hands a misrouted case, unclaimed, to the department it belongs to (with the reason).</summary>
[AllowedRoles(StaffRole.Reviewer)]
public sealed record ReturnMisroutedCase(Guid CaseId, string ToDepartment, string Reason) : ICommand<CaseActionDone>, IAuditTarget
{
    public string? AuditTarget => CaseId.ToString();
}

public sealed class ReturnMisroutedCaseHandler(CaseCommands cases)
    : ICommandHandler<ReturnMisroutedCase, CaseActionDone>
{
    public async ValueTask<CaseActionDone> Handle(ReturnMisroutedCase command, CancellationToken cancellationToken) =>
        await cases.RunAsync(command.CaseId, (c, cmd) => c.ReturnMisrouted(cmd.Actor, cmd.Now, command.ToDepartment, command.Reason), cancellationToken);
}

/// <summary>The target must be a catalog department; the domain checks it differs from the current one.</summary>
public sealed class ReturnMisroutedCaseValidator(ClerkStation.Infrastructure.Catalog.CatalogStore store) : IRequestValidator<ReturnMisroutedCase>
{
    public const string UnknownDepartment = "case.unknownDepartment";

    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(ReturnMisroutedCase message, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<ValidationProblem>>(
            store.Catalog.FindDepartment(message.ToDepartment ?? string.Empty) is null ? [new ValidationProblem("toDepartment", UnknownDepartment)] : []);
}
