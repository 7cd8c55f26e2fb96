namespace StudyGraph.Storage.Documents;

/// <summary>
/// A page request over one collection: filter, order (the document id is always the final tie-breaker), and a
/// keyset cursor window (Relay's <c>first/after</c> or <c>last/before</c>).
/// </summary>
public sealed record DocumentQuery
{
    /// <summary>The filter, or null for all documents.</summary>
    public DocumentFilter? Where { get; init; }

    /// <summary>The order; the id (ascending) is appended as the last key.</summary>
    public IReadOnlyList<SortKey> Order { get; init; } = [];

    /// <summary>How many documents at most (1..10,000).</summary>
    public int Limit { get; init; } = 10;

    /// <summary>Only documents after this cursor (from a previous page), or null.</summary>
    public string? After { get; init; }

    /// <summary>Only documents before this cursor, or null.</summary>
    public string? Before { get; init; }

    /// <summary>True to take the last <see cref="Limit"/> documents of the window instead of the first (Relay's <c>last</c>).</summary>
    public bool FromEnd { get; init; }
}
