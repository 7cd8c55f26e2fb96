namespace StudyGraph.Storage.Documents;

/// <summary>
/// A typed filter over documents, translated by each store (SQL over JSON for Sqlite, filter documents for
/// MongoDB). Never built from raw strings: field paths are validated by <see cref="FieldPath"/>.
/// </summary>
public abstract record DocumentFilter
{
    /// <summary>A condition on one field.</summary>
    public static DocumentFilter Field(string path, FilterOperator op, object? value) => new FieldCondition(FieldPath.Parse(path), op, value);

    /// <summary><c>path == value</c>.</summary>
    public static DocumentFilter Eq(string path, object? value) => Field(path, FilterOperator.Eq, value);

    /// <summary>All of the filters (an empty list matches everything).</summary>
    public static DocumentFilter And(params DocumentFilter[] filters) => new AllOf(filters);

    /// <summary>Any of the filters (an empty list matches nothing).</summary>
    public static DocumentFilter Or(params DocumentFilter[] filters) => new AnyOf(filters);
}

/// <summary>A condition on one field. <see cref="Value"/> is a string, bool, integer, double, <see cref="DateTimeOffset"/>, null, or (for In/Nin) a list of those.</summary>
public sealed record FieldCondition(FieldPath Path, FilterOperator Operator, object? Value) : DocumentFilter;

/// <summary>Matches when every filter matches.</summary>
public sealed record AllOf(IReadOnlyList<DocumentFilter> Filters) : DocumentFilter;

/// <summary>Matches when at least one filter matches.</summary>
public sealed record AnyOf(IReadOnlyList<DocumentFilter> Filters) : DocumentFilter;
