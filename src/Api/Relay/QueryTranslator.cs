using System.Globalization;
using SortKey = StudyGraph.Storage.Documents.SortKey;
using System.Text.Json;
using StudyGraph.Api.Context;
using StudyGraph.GraphQL.Execution;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Api.Relay;

/// <summary>
/// Translates HotChocolate-style <c>where</c> and <c>order</c> arguments into the store's typed query
/// (<see cref="DocumentFilter"/>, <see cref="SortKey"/>), so filtering and sorting run in the store. Input beyond
/// <see cref="MaxDepth"/> nesting or <see cref="MaxConditions"/> conditions is refused with <c>VALIDATION</c>.
/// </summary>
public sealed class QueryTranslator
{
    /// <summary>The deepest and/or nesting accepted.</summary>
    public const int MaxDepth = 8;

    /// <summary>The most conditions in one filter.</summary>
    public const int MaxConditions = 64;

    /// <summary>The most list values in one <c>in</c>/<c>nin</c>.</summary>
    public const int MaxListValues = 100;

    private readonly Dictionary<string, FilterField> _fields;
    private readonly Dictionary<string, FilterField> _sortFields;

    /// <summary>Creates a translator for an input type's filterable and sortable fields.</summary>
    public QueryTranslator(IEnumerable<FilterField> filterFields, IEnumerable<FilterField> sortFields)
    {
        _fields = filterFields.ToDictionary(f => f.Name, StringComparer.Ordinal);
        _sortFields = sortFields.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    /// <summary>The filter of a <c>where</c> argument (null when absent or empty).</summary>
    public DocumentFilter? Where(object? where)
    {
        if (where is null) return null;
        var budget = MaxConditions;
        return Object(where, 0, ref budget);
    }

    /// <summary>The sort keys of an <c>order</c> argument, in order (empty when absent).</summary>
    public IReadOnlyList<SortKey> Order(object? order)
    {
        if (order is not IEnumerable<object?> list) return [];
        var keys = new List<SortKey>();
        foreach (var item in list)
        {
            if (item is not IReadOnlyDictionary<string, object?> and not IDictionary<string, object?>) continue;
            foreach (var (name, direction) in Entries(item))
            {
                if (direction is null) continue;
                if (!_sortFields.TryGetValue(name, out var field))
                    throw new GraphQLException($"Cannot sort by `{name}`.", ErrorCodes.Validation);
                var desc = string.Equals(Convert.ToString(direction, CultureInfo.InvariantCulture), "DESC", StringComparison.Ordinal);
                keys.Add(new SortKey(FieldPath.Parse(field.Path), desc));
            }
        }
        if (keys.Count > 5) throw new GraphQLException("At most 5 sort keys.", ErrorCodes.Validation);
        return keys;
    }

    private DocumentFilter? Object(object? value, int depth, ref int budget)
    {
        if (depth > MaxDepth) throw new GraphQLException($"The filter nests deeper than {MaxDepth} levels.", ErrorCodes.Validation);
        var parts = new List<DocumentFilter>();
        foreach (var (name, v) in Entries(value))
        {
            if (v is null) continue;
            switch (name)
            {
                case "and":
                case "or":
                    var children = new List<DocumentFilter>();
                    foreach (var child in List(v))
                    {
                        if (Object(child, depth + 1, ref budget) is { } f) children.Add(f);
                    }
                    if (children.Count > 0) parts.Add(name == "and" ? DocumentFilter.And([.. children]) : DocumentFilter.Or([.. children]));
                    break;
                default:
                    if (!_fields.TryGetValue(name, out var field))
                        throw new GraphQLException($"Cannot filter by `{name}`.", ErrorCodes.Validation);
                    if (Operations(field, v, depth + 1, ref budget) is { } op) parts.Add(op);
                    break;
            }
        }
        return Combine(parts);
    }

    private DocumentFilter? Operations(FilterField field, object value, int depth, ref int budget)
    {
        if (depth > MaxDepth) throw new GraphQLException($"The filter nests deeper than {MaxDepth} levels.", ErrorCodes.Validation);
        var parts = new List<DocumentFilter>();
        foreach (var (op, v) in Entries(value))
        {
            if (--budget < 0) throw new GraphQLException($"The filter has more than {MaxConditions} conditions.", ErrorCodes.Validation);
            switch (op)
            {
                case "and":
                case "or":
                    if (v is null) break;
                    var children = new List<DocumentFilter>();
                    foreach (var child in List(v))
                    {
                        if (child is not null && Operations(field, child, depth + 1, ref budget) is { } f) children.Add(f);
                    }
                    if (children.Count > 0) parts.Add(op == "and" ? DocumentFilter.And([.. children]) : DocumentFilter.Or([.. children]));
                    break;
                case "eq": parts.Add(DocumentFilter.Field(field.Path, FilterOperator.Eq, Scalar(field, v))); break;
                case "neq": parts.Add(DocumentFilter.Field(field.Path, FilterOperator.Neq, Scalar(field, v))); break;
                case "in":
                case "nin":
                    if (v is null) break;
                    var values = new List<object?>();
                    foreach (var item in List(v)) values.Add(Scalar(field, item));
                    if (values.Count > MaxListValues) throw new GraphQLException($"`{op}` takes at most {MaxListValues} values.", ErrorCodes.Validation);
                    parts.Add(DocumentFilter.Field(field.Path, op == "in" ? FilterOperator.In : FilterOperator.Nin, values));
                    break;
                case "contains" when field.Kind == FilterFieldKind.StringList:
                    if (v is not null) parts.Add(DocumentFilter.Field(field.Path, FilterOperator.ArrayContains, v));
                    break;
                case "containsAny":
                    if (v is null) break;
                    var any = new List<DocumentFilter>();
                    foreach (var item in List(v)) any.Add(DocumentFilter.Field(field.Path, FilterOperator.ArrayContains, item));
                    if (any.Count > MaxListValues) throw new GraphQLException($"`containsAny` takes at most {MaxListValues} values.", ErrorCodes.Validation);
                    parts.Add(any.Count == 0 ? DocumentFilter.Field(field.Path, FilterOperator.In, Array.Empty<object?>()) : DocumentFilter.Or([.. any]));
                    break;
                case "contains": if (v is not null) parts.Add(DocumentFilter.Field(field.Path, FilterOperator.Contains, v)); break;
                case "startsWith": if (v is not null) parts.Add(DocumentFilter.Field(field.Path, FilterOperator.StartsWith, v)); break;
                case "gt": if (v is not null) parts.Add(DocumentFilter.Field(field.Path, FilterOperator.Gt, Scalar(field, v))); break;
                case "gte": if (v is not null) parts.Add(DocumentFilter.Field(field.Path, FilterOperator.Gte, Scalar(field, v))); break;
                case "lt": if (v is not null) parts.Add(DocumentFilter.Field(field.Path, FilterOperator.Lt, Scalar(field, v))); break;
                case "lte": if (v is not null) parts.Add(DocumentFilter.Field(field.Path, FilterOperator.Lte, Scalar(field, v))); break;
                default:
                    throw new GraphQLException($"Unknown filter operation `{op}` on `{field.Name}`.", ErrorCodes.Validation);
            }
        }
        return Combine(parts);
    }

    private static object? Scalar(FilterField field, object? value)
    {
        if (value is null) return null;
        switch (field.Kind)
        {
            case FilterFieldKind.Id:
                var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
                if (field.IdType is null) return text;
                var raw = GlobalId.Parse(text, field.IdType) ?? text;
                // Topic global ids carry examId/topicId; the stored field is the topic id alone.
                return field.IdType == "Topic" && raw.IndexOf('/', StringComparison.Ordinal) is var slash and >= 0 ? raw[(slash + 1)..] : raw;
            case FilterFieldKind.Enum:
                return value is Enum e ? JsonNamingPolicy.SnakeCaseUpper.ConvertName(e.ToString()) : Convert.ToString(value, CultureInfo.InvariantCulture);
            case FilterFieldKind.DateTime:
                return value switch
                {
                    DateTimeOffset dto => dto.ToUniversalTime(),
                    DateTime dt => new DateTimeOffset(dt.ToUniversalTime(), TimeSpan.Zero),
                    string s when DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) => parsed.ToUniversalTime(),
                    _ => throw new GraphQLException($"`{field.Name}` needs a DateTime.", ErrorCodes.Validation),
                };
            case FilterFieldKind.Int:
                return Convert.ToInt64(value, CultureInfo.InvariantCulture);
            default:
                return value;
        }
    }

    private static DocumentFilter? Combine(List<DocumentFilter> parts) =>
        parts.Count switch { 0 => null, 1 => parts[0], _ => DocumentFilter.And([.. parts]) };

    private static IEnumerable<KeyValuePair<string, object?>> Entries(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> d => d,
        IDictionary<string, object?> d => d,
        _ => [],
    };

    private static IEnumerable<object?> List(object value) => value is string ? [value] : value as IEnumerable<object?> ?? [value];
}
