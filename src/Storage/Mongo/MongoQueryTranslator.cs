using System.Text;
using StudyGraph.Mongo.Bson;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Mongo;

/// <summary>
/// Translates the store-agnostic query model into MongoDB filter and sort documents over the stored layout
/// <c>{ _id, v, d }</c> (a field path <c>group</c> becomes <c>d.group</c>). Values always travel as BSON values,
/// never as query text; string matches are regular expressions with every metacharacter escaped.
/// </summary>
public static class MongoQueryTranslator
{
    /// <summary>The field of the stored document that holds the JSON document.</summary>
    public const string DocumentField = "d";

    /// <summary>The field of the stored document that holds the version.</summary>
    public const string VersionField = "v";

    /// <summary>The stored path of a document field (<c>d.</c> + the path).</summary>
    public static string StoredPath(FieldPath path) => DocumentField + "." + path.Value;

    /// <summary>The filter document for <paramref name="filter"/> (null: an empty filter, matching everything).</summary>
    /// <exception cref="ArgumentException">A value does not fit its operator (a comparison with null, a string match on a non-string).</exception>
    public static BsonDocument Filter(DocumentFilter? filter) => filter switch
    {
        null => new BsonDocument(),
        AllOf all => All(all.Filters),
        AnyOf any => Any(any.Filters),
        FieldCondition c => Condition(c),
        _ => throw new ArgumentException($"Unknown filter {filter.GetType().Name}."),
    };

    /// <summary>All of <paramref name="parts"/>: the empty filter for none, the part itself for one, else <c>$and</c>.</summary>
    public static BsonDocument Combine(IReadOnlyList<BsonDocument> parts) => parts.Count switch
    {
        0 => new BsonDocument(),
        1 => parts[0],
        _ => new BsonDocument("$and", ToArray(parts)),
    };

    /// <summary>The sort document: each key on its stored path, then <c>_id</c>; <paramref name="reverse"/> flips every direction.</summary>
    public static BsonDocument Sort(IReadOnlyList<SortKey> order, bool reverse)
    {
        var sort = new BsonDocument(order.Count + 1);
        foreach (var k in order) sort.Add(StoredPath(k.Path), (k.Descending ^ reverse) ? -1 : 1);
        sort.Add("_id", reverse ? -1 : 1);
        return sort;
    }

    /// <summary>
    /// The keyset condition "strictly after (<paramref name="values"/>, <paramref name="id"/>)" in
    /// <paramref name="order"/> plus the id; <paramref name="reverse"/> flips every direction (for <c>before</c>).
    /// Missing and null values sort first ascending, as MongoDB sorts them.
    /// </summary>
    public static BsonDocument After(IReadOnlyList<SortKey> order, object?[] values, string id, bool reverse)
    {
        var branches = new BsonArray();
        var prefix = new List<BsonDocument>();
        for (var i = 0; i <= order.Count; i++)
        {
            var last = i == order.Count;
            var path = last ? "_id" : StoredPath(order[i].Path);
            var desc = last ? reverse : order[i].Descending ^ reverse;
            BsonValue value = last ? id : Value(values[i]);
            BsonDocument? greater;
            if (!desc)
                greater = new BsonDocument(path, new BsonDocument(value.IsNull ? "$ne" : "$gt", value));
            else
                greater = value.IsNull ? null : new BsonDocument("$or", new BsonArray { new BsonDocument(path, new BsonDocument("$lt", value)), new BsonDocument(path, BsonValue.Null) });
            if (greater is not null)
            {
                if (prefix.Count == 0)
                {
                    branches.Add(greater);
                }
                else
                {
                    var and = ToArray(prefix);
                    and.Add(greater);
                    branches.Add(new BsonDocument("$and", and));
                }
            }
            if (!last) prefix.Add(new BsonDocument(path, value));
        }
        return new BsonDocument("$or", branches);
    }

    /// <summary>A normalized scalar (see <see cref="DocumentValues.Normalize"/>) as BSON: integers as int32 when they fit, else int64.</summary>
    public static BsonValue Value(object? value) => DocumentValues.Normalize(value) switch
    {
        null => BsonValue.Null,
        string s => s,
        bool b => b,
        long l => l is >= int.MinValue and <= int.MaxValue ? BsonValue.FromInt32((int)l) : BsonValue.FromInt64(l),
        double d => d,
        var other => throw new ArgumentException($"A {other.GetType().Name} cannot be stored in a filter."),
    };

    /// <summary>A regular expression matching <paramref name="text"/> literally (PCRE metacharacters and NUL escaped).</summary>
    public static string EscapeRegex(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '.' or '*' or '+' or '?' or '^' or '$' or '{' or '}' or '(' or ')' or '|' or '[' or ']' or '\\':
                    sb.Append('\\').Append(c);
                    break;
                case '\0':
                    sb.Append("\\x00"); // the server refuses a pattern holding a NUL byte
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    private static BsonDocument All(IReadOnlyList<DocumentFilter> filters)
    {
        if (filters.Count == 0) return new BsonDocument();
        var parts = new BsonArray(filters.Count);
        foreach (var f in filters) parts.Add(Filter(f));
        return new BsonDocument("$and", parts);
    }

    private static BsonDocument Any(IReadOnlyList<DocumentFilter> filters)
    {
        // MongoDB refuses an empty $or; an empty $in on _id matches nothing, as an empty "any of" must.
        if (filters.Count == 0) return new BsonDocument("_id", new BsonDocument("$in", new BsonArray()));
        var parts = new BsonArray(filters.Count);
        foreach (var f in filters) parts.Add(Filter(f));
        return new BsonDocument("$or", parts);
    }

    private static BsonDocument Condition(FieldCondition c)
    {
        var path = StoredPath(c.Path);
        switch (c.Operator)
        {
            case FilterOperator.In:
            case FilterOperator.Nin:
                var list = new BsonArray();
                foreach (var item in DocumentValues.NormalizeList(c.Value)) list.Add(Value(item));
                return new BsonDocument(path, new BsonDocument(c.Operator == FilterOperator.In ? "$in" : "$nin", list));
            case FilterOperator.ArrayContains:
                return new BsonDocument(path, new BsonDocument("$elemMatch", new BsonDocument("$eq", Value(c.Value))));
        }
        var value = Value(c.Value);
        if (value.IsNull && c.Operator is not (FilterOperator.Eq or FilterOperator.Neq))
            throw new ArgumentException($"{c.Operator} cannot compare with null (field '{c.Path}').");
        return c.Operator switch
        {
            FilterOperator.Eq => new BsonDocument(path, value),
            FilterOperator.Neq => Op(path, "$ne", value),
            FilterOperator.Gt => Op(path, "$gt", value),
            FilterOperator.Gte => Op(path, "$gte", value),
            FilterOperator.Lt => Op(path, "$lt", value),
            FilterOperator.Lte => Op(path, "$lte", value),
            FilterOperator.Contains when value.Type == BsonType.String => Op(path, "$regex", EscapeRegex(value.AsString)),
            FilterOperator.StartsWith when value.Type == BsonType.String => Op(path, "$regex", "^" + EscapeRegex(value.AsString)),
            _ => throw new ArgumentException($"{c.Operator} needs a string value (field '{c.Path}')."),
        };
    }

    private static BsonDocument Op(string path, string op, BsonValue value) => new(path, new BsonDocument(op, value));

    private static BsonArray ToArray(IReadOnlyList<BsonDocument> docs)
    {
        var a = new BsonArray(docs.Count);
        foreach (var d in docs) a.Add(d);
        return a;
    }
}
