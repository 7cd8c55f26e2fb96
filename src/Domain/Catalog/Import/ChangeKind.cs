namespace StudyGraph.Domain.Catalog.Import;

/// <summary>How an imported item compares with the store.</summary>
public enum ChangeKind
{
    /// <summary>Not in the store.</summary>
    New,

    /// <summary>In the store with different content.</summary>
    Changed,

    /// <summary>In the store with the same content: nothing to write.</summary>
    Unchanged,
}
