namespace StudyGraph.Storage.Documents;

/// <summary>A collection and the fields it is queried by (each gets an index when the store opens it).</summary>
/// <param name="Name">Collection name (an identifier).</param>
/// <param name="Indexes">Indexes; each a list of field paths (a compound index when more than one).</param>
/// <param name="UniqueIndexes">Unique indexes (for example a user's email).</param>
public sealed record CollectionDefinition(string Name, IReadOnlyList<IReadOnlyList<string>> Indexes, IReadOnlyList<IReadOnlyList<string>>? UniqueIndexes = null);
