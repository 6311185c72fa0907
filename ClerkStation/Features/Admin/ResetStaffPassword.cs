namespace ClerkStation.Features.Admin;

/// <summary>Sets a new password chosen by the administrator and lifts a lockout; the person's other sessions end.</summary>
[AllowedRoles(StaffRole.Admin)]
public sealed record ResetStaffPassword(string Id, string NewPassword) : ICommand<Unit>, IAuditTarget
{
    public string? AuditTarget => Id;
}

public sealed class ResetStaffPasswordHandler(IServiceScopeFactory scopes) : ICommandHandler<ResetStaffPassword, Unit>
{
    public async ValueTask<Unit> Handle(ResetStaffPassword command, CancellationToken cancellationToken) =>
        await StaffAccounts.WithUsersAsync(scopes, async users =>
        {
            var user = await users.FindByIdAsync(command.Id) ?? throw new RequestValidationException([new ValidationProblem("id", "staff.notFound")]);
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var result = await users.ResetPasswordAsync(user, token, command.NewPassword);
            if (!result.Succeeded)
            {
                throw new RequestValidationException(StaffAccounts.Problems(result, "password"));
            }

            if (!user.IsDisabled)
            {
                await users.SetLockoutEndDateAsync(user, null);
                await users.ResetAccessFailedCountAsync(user);
            }

            return Unit.Value;
        });
}
