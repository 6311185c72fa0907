namespace ClerkStation.Features.Admin;

/// <summary>Disables an account (it cannot sign in, its open screens end) or enables it again; history stays.</summary>
[AllowedRoles(StaffRole.Admin)]
public sealed record SetStaffDisabled(string Id, bool Disabled) : ICommand<Unit>, IAuditTarget
{
    public string? AuditTarget => Id;
}

public sealed class SetStaffDisabledHandler(IServiceScopeFactory scopes, ICurrentUser currentUser) : ICommandHandler<SetStaffDisabled, Unit>
{
    public async ValueTask<Unit> Handle(SetStaffDisabled command, CancellationToken cancellationToken)
    {
        var admin = await currentUser.RequireAsync();
        if (command.Disabled && command.Id == admin.UserId)
        {
            throw new RequestValidationException([new ValidationProblem("id", "staff.cannotDisableSelf")]);
        }

        return await StaffAccounts.WithUsersAsync(scopes, async users =>
        {
            var user = await users.FindByIdAsync(command.Id) ?? throw new RequestValidationException([new ValidationProblem("id", "staff.notFound")]);
            user.IsDisabled = command.Disabled;
            await users.UpdateAsync(user);
            await users.SetLockoutEndDateAsync(user, command.Disabled ? DateTimeOffset.MaxValue : null);
            await users.UpdateSecurityStampAsync(user);
            return Unit.Value;
        });
    }
}
