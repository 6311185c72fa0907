using Microsoft.AspNetCore.Identity;

namespace ClerkStation.Infrastructure.Cli;

/// <summary>
/// `dotnet run --project ClerkStation -- create-admin NAME`: the first administrator of a production installation,
/// which has no demo accounts. The password is read from standard input (typed twice when interactive).
/// </summary>
public static class CreateAdminCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string userName, TextReader input, TextWriter output)
    {
        var users = services.GetRequiredService<UserManager<StaffUser>>();
        if (await users.FindByNameAsync(userName) is not null)
        {
            await output.WriteLineAsync($"user '{userName}' already exists");
            return 1;
        }

        var password = ReadPassword("Password: ", input, output);
        var again = ReadPassword("Repeat password: ", input, output);
        if (string.IsNullOrEmpty(password) || password != again)
        {
            await output.WriteLineAsync("passwords are empty or do not match; nothing created");
            return 1;
        }

        var user = new StaffUser { UserName = userName, DisplayName = userName, EmailConfirmed = true };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                await output.WriteLineAsync(error.Description);
            }

            return 1;
        }

        await users.AddToRoleAsync(user, nameof(StaffRole.Admin));
        await output.WriteLineAsync($"administrator '{userName}' created");
        return 0;
    }

    private static string? ReadPassword(string prompt, TextReader input, TextWriter output)
    {
        output.Write(prompt);
        if (ReferenceEquals(input, Console.In) && !Console.IsInputRedirected)
        {
            var chars = new System.Text.StringBuilder();
            while (true)
            {
                var key = Console.ReadKey(intercept: true);
                if (key.Key == ConsoleKey.Enter)
                {
                    output.WriteLine();
                    return chars.ToString();
                }

                if (key.Key == ConsoleKey.Backspace)
                {
                    if (chars.Length > 0)
                    {
                        chars.Length--;
                    }
                }
                else if (!char.IsControl(key.KeyChar))
                {
                    chars.Append(key.KeyChar);
                }
            }
        }

        return input.ReadLine();
    }
}
