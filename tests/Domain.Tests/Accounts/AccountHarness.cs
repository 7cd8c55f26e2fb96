using StudyGraph.Domain.Accounts;

namespace StudyGraph.Domain.Tests.Accounts;

/// <summary>An AccountService over in-memory ports, a manual clock and seeded randomness.</summary>
public sealed class AccountHarness
{
    public const string Password = "correct horse battery";

    public AccountHarness(params IUserDataPort[] ports)
    {
        Random = new SeededRandomBytes(42);
        Hasher = new Pbkdf2PasswordHasher(Pbkdf2PasswordHasher.MinimumIterations, Random);
        Service = new AccountService(Users, RefreshTokens, OneTimeTokens, Email, Hasher, Clock, Random, ports);
    }

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    public SeededRandomBytes Random { get; }
    public Pbkdf2PasswordHasher Hasher { get; }
    public InMemoryUserRepository Users { get; } = new();
    public InMemoryRefreshTokenRepository RefreshTokens { get; } = new();
    public InMemoryOneTimeTokenRepository OneTimeTokens { get; } = new();
    public InMemoryEmailSender Email { get; } = new();
    public AccountService Service { get; }

    public async Task<AuthResult> Register(string email = "ada@example.com", string name = "Ada")
    {
        var result = await Service.RegisterAsync(email, Password, name);
        Assert.True(result.IsSuccess, result.ToString());
        return result.Value;
    }

    public async Task<AuthResult> Login(string email = "ada@example.com", string password = Password)
    {
        var result = await Service.LoginAsync(email, password);
        Assert.True(result.IsSuccess, result.ToString());
        return result.Value;
    }

    /// <summary>The token from the newest e-mail of <paramref name="kind"/> to <paramref name="to"/>.</summary>
    public string TokenFromLastEmail(string kind, string to = "ada@example.com")
    {
        var mail = Email.Sent.Last(m => m.Kind == kind && m.To == to);
        var line = mail.Body.Split('\n').Single(l => l.StartsWith("Token: ", StringComparison.Ordinal));
        return line["Token: ".Length..].Trim();
    }

    public static void AssertError<T>(AccountResult<T> result, string code)
    {
        Assert.False(result.IsSuccess, "expected " + code + " but succeeded");
        Assert.Equal(code, result.Error.Code);
    }
}
