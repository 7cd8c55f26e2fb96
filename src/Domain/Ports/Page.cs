namespace StudyGraph.Domain.Ports;

/// <summary>One page of a list, ordered by id unless the query says otherwise.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items of this page.</param>
/// <param name="Cursors">One opaque cursor per item (same order).</param>
/// <param name="HasNextPage">True when more items follow the last one.</param>
/// <param name="TotalCount">The number of items matching the query, across pages.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, IReadOnlyList<string> Cursors, bool HasNextPage, int TotalCount)
{
    /// <summary>The cursor of the last item, or null for an empty page.</summary>
    public string? EndCursor => Cursors.Count == 0 ? null : Cursors[^1];
}
