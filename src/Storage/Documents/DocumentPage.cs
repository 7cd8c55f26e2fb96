namespace StudyGraph.Storage.Documents;

/// <summary>One page of raw JSON documents with a cursor for each.</summary>
/// <param name="Items">The documents (UTF-8 JSON) in query order.</param>
/// <param name="Cursors">The cursor of each item, parallel to <see cref="Items"/>.</param>
/// <param name="HasNextPage">More documents follow the page in query order.</param>
/// <param name="HasPreviousPage">More documents precede the page in query order.</param>
public sealed record DocumentPage(IReadOnlyList<byte[]> Items, IReadOnlyList<string> Cursors, bool HasNextPage, bool HasPreviousPage);
