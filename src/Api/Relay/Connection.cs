namespace StudyGraph.Api.Relay;

/// <summary>A Relay connection page: the nodes with their cursors, page info, and the total (counted only when asked).</summary>
/// <typeparam name="T">The node type.</typeparam>
public sealed class Connection<T>(IReadOnlyList<T> nodes, IReadOnlyList<string> cursors, bool hasNextPage, bool hasPreviousPage,
    Func<CancellationToken, ValueTask<long>> count)
{
    /// <summary>The nodes in order.</summary>
    public IReadOnlyList<T> Nodes { get; } = nodes;

    /// <summary>The cursor of each node.</summary>
    public IReadOnlyList<string> Cursors { get; } = cursors;

    /// <summary>Whether more follow.</summary>
    public bool HasNextPage { get; } = hasNextPage;

    /// <summary>Whether some precede.</summary>
    public bool HasPreviousPage { get; } = hasPreviousPage;

    /// <summary>Counts every node matching the connection's filter (ignoring paging).</summary>
    public ValueTask<long> CountAsync(CancellationToken ct) => count(ct);

    /// <summary>An empty connection.</summary>
    public static Connection<T> Empty { get; } = new([], [], false, false, _ => ValueTask.FromResult(0L));
}
