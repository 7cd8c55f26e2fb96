namespace StudyGraph.Domain.Accounts;

/// <summary>
/// Account use cases over ports: register, login, refresh (rotation with reuse detection), logout, e-mail verification,
/// password reset, profile, export and deletion. Every expected failure is an <see cref="AccountError"/>.
/// </summary>
public sealed partial class AccountService
{
    private readonly IUserRepository _users;
    private readonly IRefreshTokenRepository _refreshTokens;
    private readonly IOneTimeTokenRepository _oneTimeTokens;
    private readonly IEmailSender _email;
    private readonly IPasswordHasher _hasher;
    private readonly TimeProvider _time;
    private readonly IRandomBytes _random;
    private readonly IReadOnlyList<IUserDataPort> _dataPorts;
    private readonly AccountOptions _options;
    private readonly Lazy<string> _dummyHash;

    /// <summary>Creates the service over its ports.</summary>
    public AccountService(
        IUserRepository users,
        IRefreshTokenRepository refreshTokens,
        IOneTimeTokenRepository oneTimeTokens,
        IEmailSender email,
        IPasswordHasher hasher,
        TimeProvider time,
        IRandomBytes random,
        IEnumerable<IUserDataPort>? dataPorts = null,
        AccountOptions? options = null)
    {
        _users = users;
        _refreshTokens = refreshTokens;
        _oneTimeTokens = oneTimeTokens;
        _email = email;
        _hasher = hasher;
        _time = time;
        _random = random;
        _dataPorts = dataPorts?.ToArray() ?? [];
        _options = options ?? new AccountOptions();
        // Verified against when the e-mail is unknown, so both login failures cost the same time.
        _dummyHash = new Lazy<string>(() => _hasher.Hash(SecretToken.Create(_random)));
    }

    /// <summary>The user with <paramref name="userId"/>.</summary>
    public async ValueTask<AccountResult<User>> GetUserAsync(string userId, CancellationToken ct = default)
    {
        var user = await _users.FindByIdAsync(userId, ct).ConfigureAwait(false);
        return user is null ? AccountError.NotFound : user;
    }

    private DateTimeOffset Now => _time.GetUtcNow();

    private async ValueTask<IssuedRefreshToken> StartChainAsync(string userId, CancellationToken ct)
    {
        var familyId = SecretToken.NewId(_random);
        var (issued, stored) = NewLink(userId, familyId);
        await _refreshTokens.AddAsync(stored, ct).ConfigureAwait(false);
        return issued;
    }

    private (IssuedRefreshToken Issued, RefreshToken Stored) NewLink(string userId, string familyId)
    {
        var now = Now;
        var token = SecretToken.Create(_random);
        var expires = now + _options.RefreshTokenLifetime;
        return (new IssuedRefreshToken(token, familyId, expires), new RefreshToken(SecretToken.Hash(token), userId, familyId, now, expires));
    }
}
