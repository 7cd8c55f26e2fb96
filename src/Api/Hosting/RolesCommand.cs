using StudyGraph.Domain.Accounts;

namespace StudyGraph.Api.Hosting;

/// <summary>
/// <c>dotnet run --project src/Api -- roles EMAIL [ROLE ...]</c>: shows a user's roles, or sets them (LEARNER is always kept).
/// How the first author or admin comes to be: the API has no mutation that grants roles. Exit codes: 0 done, 1 no such user,
/// 64 bad arguments. Access tokens issued before keep their roles until they expire (<c>Jwt:AccessTokenMinutes</c>).
/// </summary>
public static class RolesCommand
{
    private const string Usage = "usage: roles EMAIL [ROLE ...]   (ROLE: LEARNER, AUTHOR, ADMIN; without roles it shows the user's roles)";

    /// <summary>Runs the command (<paramref name="args"/> starts with <c>roles</c>).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var rest = args.Skip(1).ToList();
        var positional = rest.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (positional.Count == 0)
        {
            await error.WriteLineAsync(Usage).ConfigureAwait(false);
            return 64;
        }
        var email = EmailAddress.Normalize(positional[0], out var problem);
        if (email is null)
        {
            await error.WriteLineAsync($"'{positional[0]}' is not an e-mail address: {problem}").ConfigureAwait(false);
            return 64;
        }
        var roles = new List<Role> { Role.Learner };
        foreach (var name in positional.Skip(1))
        {
            if (!Auth.RoleNames.TryParse(name, out var role))
            {
                await error.WriteLineAsync($"unknown role '{name}'; {Usage}").ConfigureAwait(false);
                return 64;
            }
            if (!roles.Contains(role)) roles.Add(role);
        }

        await using var app = await CommandHost.OpenAsync([.. rest.Where(a => a.StartsWith("--", StringComparison.Ordinal))], ct).ConfigureAwait(false);
        var users = app.Services.GetRequiredService<IUserRepository>();
        var user = await users.FindByEmailAsync(email, ct).ConfigureAwait(false);
        if (user is null)
        {
            await error.WriteLineAsync($"no user with e-mail {email} (they register first)").ConfigureAwait(false);
            return 1;
        }
        if (positional.Count == 1)
        {
            await output.WriteLineAsync($"{email}: {Names(user.Roles)}").ConfigureAwait(false);
            return 0;
        }
        var result = await users.UpdateAsync(user with { Roles = roles }, ct).ConfigureAwait(false);
        if (result != UserWriteResult.Ok)
        {
            await error.WriteLineAsync($"could not update {email}: {result}").ConfigureAwait(false);
            return 1;
        }
        await output.WriteLineAsync($"{email}: {Names(roles)} (was {Names(user.Roles)}); tokens issued before keep their roles until they expire").ConfigureAwait(false);
        return 0;
    }

    private static string Names(IEnumerable<Role> roles) => string.Join(", ", roles.Select(Auth.RoleNames.Of));
}
