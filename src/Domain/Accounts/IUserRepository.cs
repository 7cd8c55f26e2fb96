namespace StudyGraph.Domain.Accounts;

/// <summary>Stores users; e-mail is unique.</summary>
public interface IUserRepository
{
    /// <summary>Adds <paramref name="user"/>; <see cref="UserWriteResult.EmailTaken"/> when another user has the e-mail.</summary>
    ValueTask<UserWriteResult> AddAsync(User user, CancellationToken ct = default);

    /// <summary>Replaces the stored user with the same id; <see cref="UserWriteResult.NotFound"/> when there is none.</summary>
    ValueTask<UserWriteResult> UpdateAsync(User user, CancellationToken ct = default);

    /// <summary>The user with <paramref name="id"/>, or <see langword="null"/>.</summary>
    ValueTask<User?> FindByIdAsync(string id, CancellationToken ct = default);

    /// <summary>The user with the normalized <paramref name="email"/>, or <see langword="null"/>.</summary>
    ValueTask<User?> FindByEmailAsync(string email, CancellationToken ct = default);

    /// <summary>Deletes the user; false when there was none.</summary>
    ValueTask<bool> DeleteAsync(string id, CancellationToken ct = default);
}
