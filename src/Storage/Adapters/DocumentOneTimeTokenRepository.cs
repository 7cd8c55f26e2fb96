using StudyGraph.Domain.Accounts;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Adapters;

/// <summary><see cref="IOneTimeTokenRepository"/> over the <c>oneTimeTokens</c> collection, keyed by token hash; consuming is compare-and-set.</summary>
public sealed class DocumentOneTimeTokenRepository(IDocumentCollection collection) : IOneTimeTokenRepository
{
    /// <summary>The collection and its indexes.</summary>
    public static CollectionDefinition Definition { get; } = new("oneTimeTokens", [["userId"], ["expiresAt"]]);

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The hash is stored already (a broken token generator).</exception>
    public async ValueTask AddAsync(OneTimeToken token, CancellationToken ct = default)
    {
        if (!await collection.InsertAsync(token.TokenHash, DocumentJson.Serialize(token), ct).ConfigureAwait(false))
            throw new InvalidOperationException("A one-time token with this hash is stored already.");
    }

    /// <inheritdoc />
    public async ValueTask<OneTimeToken?> FindAsync(string tokenHash, CancellationToken ct = default) =>
        await collection.GetAsync(tokenHash, ct).ConfigureAwait(false) is { } doc ? DocumentJson.Deserialize<OneTimeToken>(doc) : null;

    /// <inheritdoc />
    public async ValueTask<bool> TryConsumeAsync(string tokenHash, DateTimeOffset at, CancellationToken ct = default) =>
        await DocumentCas.ChangeAsync<OneTimeToken>(collection, tokenHash, t => t.UsedAt is null ? t with { UsedAt = at } : null, ct).ConfigureAwait(false)
        == CasOutcome.Updated;

    /// <inheritdoc />
    public async ValueTask<int> DeleteAllForUserAsync(string userId, CancellationToken ct = default) =>
        checked((int)await collection.DeleteManyAsync(DocumentFilter.Eq("userId", userId), ct).ConfigureAwait(false));
}
