namespace StudyGraph.Domain.Accounts;

/// <summary>Thread-safe in-memory <see cref="IUserRepository"/> with a unique e-mail index.</summary>
public sealed class InMemoryUserRepository : IUserRepository
{
    private readonly Dictionary<string, User> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _idByEmail = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>How many users are stored.</summary>
    public int Count
    {
        get { lock (_gate) return _byId.Count; }
    }

    /// <inheritdoc />
    public ValueTask<UserWriteResult> AddAsync(User user, CancellationToken ct = default)
    {
        lock (_gate)
        {
            if (_idByEmail.ContainsKey(user.Email) || _byId.ContainsKey(user.Id)) return ValueTask.FromResult(UserWriteResult.EmailTaken);
            _byId[user.Id] = user;
            _idByEmail[user.Email] = user.Id;
            return ValueTask.FromResult(UserWriteResult.Ok);
        }
    }

    /// <inheritdoc />
    public ValueTask<UserWriteResult> UpdateAsync(User user, CancellationToken ct = default)
    {
        lock (_gate)
        {
            if (!_byId.TryGetValue(user.Id, out var old)) return ValueTask.FromResult(UserWriteResult.NotFound);
            if (old.Email != user.Email)
            {
                if (_idByEmail.ContainsKey(user.Email)) return ValueTask.FromResult(UserWriteResult.EmailTaken);
                _idByEmail.Remove(old.Email);
                _idByEmail[user.Email] = user.Id;
            }
            _byId[user.Id] = user;
            return ValueTask.FromResult(UserWriteResult.Ok);
        }
    }

    /// <inheritdoc />
    public ValueTask<User?> FindByIdAsync(string id, CancellationToken ct = default)
    {
        lock (_gate) return ValueTask.FromResult(_byId.GetValueOrDefault(id));
    }

    /// <inheritdoc />
    public ValueTask<User?> FindByEmailAsync(string email, CancellationToken ct = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_idByEmail.TryGetValue(email, out var id) ? _byId[id] : null);
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> DeleteAsync(string id, CancellationToken ct = default)
    {
        lock (_gate)
        {
            if (!_byId.Remove(id, out var user)) return ValueTask.FromResult(false);
            _idByEmail.Remove(user.Email);
            return ValueTask.FromResult(true);
        }
    }
}
