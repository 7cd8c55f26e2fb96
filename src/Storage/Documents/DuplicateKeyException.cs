namespace StudyGraph.Storage.Documents;

/// <summary>A write broke a unique index other than the id (for example a second user with the same email).</summary>
public sealed class DuplicateKeyException(string collection, string message, Exception? inner = null)
    : Exception($"Duplicate key in '{collection}': {message}", inner)
{
    /// <summary>The collection written to.</summary>
    public string Collection { get; } = collection;
}
