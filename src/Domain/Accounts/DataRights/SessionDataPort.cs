using StudyGraph.Domain.Ports;

namespace StudyGraph.Domain.Accounts;

/// <summary>The <c>sessions</c> section of export and deletion over any <see cref="ISessionRepository"/>: snapshots out, everything deleted.</summary>
public sealed class SessionDataPort(ISessionRepository sessions) : IUserDataPort
{
    /// <inheritdoc />
    public string Section => "sessions";

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<object>> ExportAsync(string userId, CancellationToken ct = default)
    {
        var result = new List<object>();
        string? after = null;
        while (true)
        {
            var page = await sessions.ListAsync(new SessionQuery(userId), new PageRequest(PageRequest.MaxFirst, after), ct).ConfigureAwait(false);
            foreach (var s in page.Items) result.Add(s.ToSnapshot());
            if (!page.HasNextPage || page.EndCursor is null) return result;
            after = page.EndCursor;
        }
    }

    /// <inheritdoc />
    public async ValueTask<ErasureOutcome> EraseAsync(string userId, string anonymousId, CancellationToken ct = default) =>
        new(Section, await sessions.DeleteByUserAsync(userId, ct).ConfigureAwait(false), 0);
}
