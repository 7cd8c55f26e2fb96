namespace StudyGraph.Storage.Adapters;

/// <summary>One page of a connection: Domain objects with a keyset cursor each, in query order.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items.</param>
/// <param name="Cursors">The cursor of each item, parallel to <see cref="Items"/>.</param>
/// <param name="HasNextPage">More items follow the page in query order.</param>
/// <param name="HasPreviousPage">More items precede the page in query order.</param>
public sealed record TypedPage<T>(IReadOnlyList<T> Items, IReadOnlyList<string> Cursors, bool HasNextPage, bool HasPreviousPage)
{
    /// <summary>The cursor of the first item, or null for an empty page.</summary>
    public string? StartCursor => Cursors.Count == 0 ? null : Cursors[0];

    /// <summary>The cursor of the last item, or null for an empty page.</summary>
    public string? EndCursor => Cursors.Count == 0 ? null : Cursors[^1];
}
