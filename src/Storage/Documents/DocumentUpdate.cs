namespace StudyGraph.Storage.Documents;

/// <summary>What an atomic field update does (MongoDB's <c>$inc</c>, <c>$set</c>, <c>$max</c>, <c>$min</c>).</summary>
public enum UpdateKind
{
    /// <summary>Adds the value (an integer or double) to the field, which counts as 0 when missing.</summary>
    Increment,
    /// <summary>Sets the field to the value.</summary>
    Set,
    /// <summary>Sets the field to the value when the value is greater or the field is missing.</summary>
    Max,
    /// <summary>Sets the field to the value when the value is smaller or the field is missing.</summary>
    Min,
}

/// <summary>One atomic change to one field.</summary>
public sealed record FieldUpdate(FieldPath Path, UpdateKind Kind, object? Value)
{
    /// <summary>Increments <paramref name="path"/> by an integer.</summary>
    public static FieldUpdate Inc(string path, long by) => new(FieldPath.Parse(path), UpdateKind.Increment, by);

    /// <summary>Increments <paramref name="path"/> by a double.</summary>
    public static FieldUpdate Inc(string path, double by) => new(FieldPath.Parse(path), UpdateKind.Increment, by);

    /// <summary>Sets <paramref name="path"/>.</summary>
    public static FieldUpdate Set(string path, object? value) => new(FieldPath.Parse(path), UpdateKind.Set, value);

    /// <summary>Raises <paramref name="path"/> to at least <paramref name="value"/>.</summary>
    public static FieldUpdate Max(string path, object value) => new(FieldPath.Parse(path), UpdateKind.Max, value);

    /// <summary>Lowers <paramref name="path"/> to at most <paramref name="value"/>.</summary>
    public static FieldUpdate Min(string path, object value) => new(FieldPath.Parse(path), UpdateKind.Min, value);
}
