namespace ClerkStation.Features.Admin;

/// <summary>
/// Ends a sign-in lockout now (someone was locked out by their own typing or by a stranger guessing) and clears the
/// failure count. A disabled account stays disabled: that is <see cref="SetStaffDisabled"/>'s business. Audited.
/// </summary>
[AllowedRoles(StaffRole.Supervisor, StaffRole.Admin)]
public sealed record UnlockStaffAccount(string Id) : ICommand<Unit>, IAuditTarget
{
    public string? AuditTarget => Id;
}

public sealed class UnlockStaffAccountHandler(IServiceScopeFactory scopes) : ICommandHandler<UnlockStaffAccount, Unit>
{
    public async ValueTask<Unit> Handle(UnlockStaffAccount command, CancellationToken cancellationToken) =>
        await StaffAccounts.WithUsersAsync(scopes, async users =>
        {
            var user = await users.FindByIdAsync(command.Id) ?? throw new RequestValidationException([new ValidationProblem("id", "staff.notFound")]);
            if (user.IsDisabled)
            {
                throw new RequestValidationException([new ValidationProblem("id", "staff.disabledNotLocked")]);
            }

            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            return Unit.Value;
        });
}
