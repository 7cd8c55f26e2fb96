using StudyGraph.Domain.Accounts;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Adapters;

/// <summary><see cref="IUserRepository"/> over the <c>users</c> collection; a unique index on <c>email</c> keeps e-mails unique across instances.</summary>
public sealed class DocumentUserRepository(IDocumentCollection collection) : IUserRepository
{
    /// <summary>The collection and its indexes (unique e-mail).</summary>
    public static CollectionDefinition Definition { get; } = new("users", [["createdAt"]], [["email"]]);

    /// <inheritdoc />
    public async ValueTask<UserWriteResult> AddAsync(User user, CancellationToken ct = default)
    {
        try
        {
            // An existing id counts as taken, as in the in-memory repository (ids are random, so it means a retry).
            return await collection.InsertAsync(user.Id, DocumentJson.Serialize(user), ct).ConfigureAwait(false)
                ? UserWriteResult.Ok
                : UserWriteResult.EmailTaken;
        }
        catch (DuplicateKeyException)
        {
            return UserWriteResult.EmailTaken;
        }
    }

    /// <inheritdoc />
    public async ValueTask<UserWriteResult> UpdateAsync(User user, CancellationToken ct = default)
    {
        try
        {
            var outcome = await DocumentCas.ChangeAsync<User>(collection, user.Id, _ => user, ct).ConfigureAwait(false);
            return outcome == CasOutcome.NotFound ? UserWriteResult.NotFound : UserWriteResult.Ok;
        }
        catch (DuplicateKeyException)
        {
            return UserWriteResult.EmailTaken;
        }
    }

    /// <inheritdoc />
    public async ValueTask<User?> FindByIdAsync(string id, CancellationToken ct = default) =>
        await collection.GetAsync(id, ct).ConfigureAwait(false) is { } doc ? DocumentJson.Deserialize<User>(doc) : null;

    /// <inheritdoc />
    public async ValueTask<User?> FindByEmailAsync(string email, CancellationToken ct = default)
    {
        var page = await collection.FindAsync(new DocumentQuery { Where = DocumentFilter.Eq("email", email), Limit = 1 }, ct).ConfigureAwait(false);
        return page.Items.Count == 0 ? null : DocumentJson.Deserialize<User>(page.Items[0]);
    }

    /// <inheritdoc />
    public ValueTask<bool> DeleteAsync(string id, CancellationToken ct = default) => collection.DeleteAsync(id, ct);
}
