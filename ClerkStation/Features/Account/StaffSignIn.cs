using ClerkStation.Infrastructure.Practice;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ClerkStation.Features.Account;

public enum SignInOutcome
{
    SignedIn,
    Invalid,
    Locked,
    Throttled,
}

/// <summary>
/// Password sign-in that answers alike for every name. Each attempt an address may still make checks exactly one
/// password hash — the account's, or a dummy for an unknown or disabled name — so the time taken says nothing; unknown
/// and disabled names lock like real ones (<see cref="UnknownAccountLockout"/>); a locked account says "locked" whatever
/// the password. Failures per address are throttled first (<see cref="LoginThrottle"/>); lockouts are audited.
/// </summary>
public sealed class StaffSignIn(
    UserManager<StaffUser> users,
    SignInManager<StaffUser> signIn,
    IPasswordHasher<StaffUser> hasher,
    DummyPasswordHash dummy,
    UnknownAccountLockout unknownNames,
    LoginThrottle throttle,
    ClerkDatabases databases,
    TimeProvider time,
    IOptions<IdentityOptions> identity)
{
    public async Task<SignInOutcome> SignInAsync(string userName, string password, string address)
    {
        if (throttle.IsExhausted(address))
        {
            return SignInOutcome.Throttled;
        }

        var user = IsPossibleName(userName) ? await users.FindByNameAsync(userName) : null;
        if (user is not { IsDisabled: false, PasswordHash: not null })
        {
            // Same cost as checking a real password; the answer is "wrong" (or "locked") as for a real account.
            hasher.VerifyHashedPassword(DummyPasswordHash.User, dummy.For(hasher), password);
            throttle.Failed(address);
            return unknownNames.IsLocked(userName) || unknownNames.Failed(userName) ? SignInOutcome.Locked : SignInOutcome.Invalid;
        }

        var passwordOk = await users.CheckPasswordAsync(user, password);
        if (await users.IsLockedOutAsync(user))
        {
            if (!passwordOk)
            {
                throttle.Failed(address);
            }

            return SignInOutcome.Locked;
        }

        if (passwordOk)
        {
            await users.ResetAccessFailedCountAsync(user);
            await signIn.SignInAsync(user, isPersistent: false);
            return SignInOutcome.SignedIn;
        }

        throttle.Failed(address);
        await users.AccessFailedAsync(user);
        if (!await users.IsLockedOutAsync(user))
        {
            return SignInOutcome.Invalid;
        }

        await AuditLockoutAsync(user, address);
        return SignInOutcome.Locked;
    }

    /// <summary>Only names an account could have reach the database: anything else is an unknown name.</summary>
    private bool IsPossibleName(string userName) =>
        userName.Length is > 0 and <= 256 && userName.All(identity.Value.User.AllowedUserNameCharacters.Contains);

    private async Task AuditLockoutAsync(StaffUser user, string address)
    {
        await using var db = await databases.Production.CreateDbContextAsync();
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            Action = "AccountLockedOut",
            Target = user.Id,
            Succeeded = true,
            Detail = $"{user.UserName} locked until {user.LockoutEnd:u} after failed sign-ins; last from {address}",
        });
        await db.SaveChangesAsync();
    }
}

/// <summary>A hash of a random password, made once with the app's own hasher, for names that have no account.</summary>
public sealed class DummyPasswordHash
{
    public static readonly StaffUser User = new() { UserName = "-" };

    private string? _hash;

    public string For(IPasswordHasher<StaffUser> hasher) =>
        _hash ??= hasher.HashPassword(User, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18)));
}
