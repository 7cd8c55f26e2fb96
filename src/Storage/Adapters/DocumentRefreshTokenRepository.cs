using StudyGraph.Domain.Accounts;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Adapters;

/// <summary>
/// <see cref="IRefreshTokenRepository"/> over the <c>refreshTokens</c> collection, keyed by token hash. Spending and
/// revoking are compare-and-set on the document's store version, so of two racing spends exactly one wins and a
/// revocation is never lost under a concurrent spend.
/// </summary>
public sealed class DocumentRefreshTokenRepository(IDocumentCollection collection) : IRefreshTokenRepository
{
    private static readonly SortKey[] ByIssue = [SortKey.Asc("issuedAt")];

    /// <summary>The collection and its indexes.</summary>
    public static CollectionDefinition Definition { get; } = new("refreshTokens", [["userId", "issuedAt"], ["familyId"]]);

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The hash is stored already (a broken token generator).</exception>
    public async ValueTask AddAsync(RefreshToken token, CancellationToken ct = default)
    {
        if (!await collection.InsertAsync(token.TokenHash, DocumentJson.Serialize(token), ct).ConfigureAwait(false))
            throw new InvalidOperationException("A refresh token with this hash is stored already.");
    }

    /// <inheritdoc />
    public async ValueTask<RefreshToken?> FindAsync(string tokenHash, CancellationToken ct = default) =>
        await collection.GetAsync(tokenHash, ct).ConfigureAwait(false) is { } doc ? DocumentJson.Deserialize<RefreshToken>(doc) : null;

    /// <inheritdoc />
    public async ValueTask<bool> TrySpendAsync(string tokenHash, string replacedByHash, DateTimeOffset at, CancellationToken ct = default) =>
        await DocumentCas.ChangeAsync<RefreshToken>(collection, tokenHash,
            t => t.SpentAt is null && t.RevokedAt is null ? t with { SpentAt = at, ReplacedByHash = replacedByHash } : null, ct).ConfigureAwait(false)
        == CasOutcome.Updated;

    /// <inheritdoc />
    public ValueTask<int> RevokeFamilyAsync(string familyId, DateTimeOffset at, CancellationToken ct = default) =>
        RevokeWhereAsync(DocumentFilter.Eq("familyId", familyId), at, ct);

    /// <inheritdoc />
    public ValueTask<int> RevokeAllForUserAsync(string userId, DateTimeOffset at, CancellationToken ct = default) =>
        RevokeWhereAsync(DocumentFilter.Eq("userId", userId), at, ct);

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<RefreshToken>> ListForUserAsync(string userId, CancellationToken ct = default) =>
        await DocumentPaging.ReadAllAsync(collection, DocumentFilter.Eq("userId", userId), ByIssue, DocumentJson.Deserialize<RefreshToken>, ct).ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask<int> DeleteAllForUserAsync(string userId, CancellationToken ct = default) =>
        checked((int)await collection.DeleteManyAsync(DocumentFilter.Eq("userId", userId), ct).ConfigureAwait(false));

    private async ValueTask<int> RevokeWhereAsync(DocumentFilter scope, DateTimeOffset at, CancellationToken ct)
    {
        // Missing revokedAt is null, so this finds the links still to revoke; each is revoked by compare-and-set,
        // which counts only the links this call revoked.
        var open = DocumentFilter.And(scope, DocumentFilter.Eq("revokedAt", null));
        var links = await DocumentPaging.ReadAllAsync(collection, open, [], DocumentJson.Deserialize<RefreshToken>, ct).ConfigureAwait(false);
        var revoked = 0;
        foreach (var link in links)
        {
            var outcome = await DocumentCas.ChangeAsync<RefreshToken>(collection, link.TokenHash,
                t => t.RevokedAt is null ? t with { RevokedAt = at } : null, ct).ConfigureAwait(false);
            if (outcome == CasOutcome.Updated) revoked++;
        }
        return revoked;
    }
}
