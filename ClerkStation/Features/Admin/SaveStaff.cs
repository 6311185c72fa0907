using ClerkStation.Infrastructure.Catalog;
using Microsoft.AspNetCore.Identity;

namespace ClerkStation.Features.Admin;

/// <summary>
/// Creates an account (Id null, with a password) or updates an existing one's name, roles and departments; a village
/// agent's villages and mobile number (where the SMS notices go) too.
/// </summary>
[AllowedRoles(StaffRole.Admin)]
public sealed record SaveStaff(
    string? Id, string UserName, string DisplayName, string? Password, IReadOnlyList<StaffRole> Roles, IReadOnlyList<string> Departments,
    string? Villages = null, string? Phone = null)
    : ICommand<string>, IAuditTarget
{
    public string? AuditTarget => UserName;
}

public sealed partial class SaveStaffValidator(CatalogStore store) : IRequestValidator<SaveStaff>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(SaveStaff message, CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        if (string.IsNullOrWhiteSpace(message.UserName))
        {
            problems.Add(new ValidationProblem("userName", "required"));
        }

        if (string.IsNullOrWhiteSpace(message.DisplayName))
        {
            problems.Add(new ValidationProblem("displayName", "required"));
        }

        if (message.Id is null && string.IsNullOrEmpty(message.Password))
        {
            problems.Add(new ValidationProblem("password", "required"));
        }

        if (message.Roles.Count == 0)
        {
            problems.Add(new ValidationProblem("roles", "staff.roleRequired"));
        }

        // A reviewer without a department would see an empty queue and never know why.
        if (message.Roles.Contains(StaffRole.Reviewer) && message.Departments.Count == 0)
        {
            problems.Add(new ValidationProblem("departments", "staff.departmentRequired"));
        }

        foreach (var code in message.Departments.Where(d => store.Catalog.FindDepartment(d) is null))
        {
            problems.Add(new ValidationProblem("departments", "staff.unknownDepartment", new Dictionary<string, string> { ["code"] = code }));
        }

        // An agent is bound to villages and reached by SMS: without either the notices have nowhere to go.
        if (message.Roles.Contains(StaffRole.Agent) && StaffVillages.Split(message.Villages).Count == 0)
        {
            problems.Add(new ValidationProblem("villages", "staff.villageRequired"));
        }

        if (StaffVillages.Join(StaffVillages.Split(message.Villages)).Length > StaffVillages.MaxLength)
        {
            problems.Add(new ValidationProblem("villages", "staff.villagesTooLong"));
        }

        if (message.Roles.Contains(StaffRole.Agent) && string.IsNullOrWhiteSpace(message.Phone))
        {
            problems.Add(new ValidationProblem("phone", "staff.phoneRequired"));
        }
        else if (!string.IsNullOrWhiteSpace(message.Phone) && !MobileNumber().IsMatch(message.Phone.Trim()))
        {
            problems.Add(new ValidationProblem("phone", "staff.phoneInvalid"));
        }

        return ValueTask.FromResult<IReadOnlyList<ValidationProblem>>(problems);
    }

    [System.Text.RegularExpressions.GeneratedRegex("^1[3-9][0-9]{9}$")]
    private static partial System.Text.RegularExpressions.Regex MobileNumber();
}

public sealed class SaveStaffHandler(IServiceScopeFactory scopes) : ICommandHandler<SaveStaff, string>
{
    public async ValueTask<string> Handle(SaveStaff command, CancellationToken cancellationToken) =>
        await StaffAccounts.WithUsersAsync(scopes, async users =>
        {
            StaffUser user;
            if (command.Id is null)
            {
                user = new StaffUser { UserName = command.UserName.Trim(), DisplayName = command.DisplayName.Trim(), EmailConfirmed = true };
                user.Villages = StaffVillages.Join(StaffVillages.Split(command.Villages));
                user.PhoneNumber = string.IsNullOrWhiteSpace(command.Phone) ? null : command.Phone.Trim();
                user.Departments = command.Departments.Select(d => new StaffDepartment { DepartmentCode = d }).ToList();
                Check(await users.CreateAsync(user, command.Password!), "userName");
            }
            else
            {
                user = await users.FindByIdAsync(command.Id) ?? throw new RequestValidationException([new ValidationProblem("id", "staff.notFound")]);
                await users.Users.Where(u => u.Id == user.Id).SelectMany(u => u.Departments).LoadAsync(cancellationToken);
                user.DisplayName = command.DisplayName.Trim();
                user.Villages = StaffVillages.Join(StaffVillages.Split(command.Villages));
                user.PhoneNumber = string.IsNullOrWhiteSpace(command.Phone) ? null : command.Phone.Trim();
                user.Departments.RemoveAll(d => !command.Departments.Contains(d.DepartmentCode));
                user.Departments.AddRange(command.Departments.Where(d => user.Departments.All(x => x.DepartmentCode != d)).Select(d => new StaffDepartment { UserId = user.Id, DepartmentCode = d }));
                Check(await users.UpdateAsync(user), "userName");
            }

            var current = (await users.GetRolesAsync(user)).ToHashSet();
            var wanted = command.Roles.Select(r => r.ToString()).ToHashSet();
            Check(await users.RemoveFromRolesAsync(user, current.Except(wanted)), "roles");
            Check(await users.AddToRolesAsync(user, wanted.Except(current)), "roles");
            // New roles and departments take effect on the person's open screens at the next revalidation.
            await users.UpdateSecurityStampAsync(user);
            return user.Id;
        });

    private static void Check(IdentityResult result, string path)
    {
        if (!result.Succeeded)
        {
            throw new RequestValidationException(StaffAccounts.Problems(result, path));
        }
    }
}
