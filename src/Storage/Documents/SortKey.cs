namespace StudyGraph.Storage.Documents;

/// <summary>One key of a sort order. Missing and null values sort first ascending and last descending, as in MongoDB.</summary>
public sealed record SortKey(FieldPath Path, bool Descending = false)
{
    /// <summary>Ascending on <paramref name="path"/>.</summary>
    public static SortKey Asc(string path) => new(FieldPath.Parse(path));

    /// <summary>Descending on <paramref name="path"/>.</summary>
    public static SortKey Desc(string path) => new(FieldPath.Parse(path), true);
}
