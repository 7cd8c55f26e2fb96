using StudyGraph.Mongo.Bson;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Mongo;

/// <summary>
/// Translates atomic field updates into one update pipeline (MongoDB 4.2+) with the embedded store's semantics:
/// when the document is missing it is created from the seed first, then updated, so an increment of a field the
/// seed holds starts from the seed's value. Every value travels inside <c>$literal</c>, so a string such as
/// <c>"$x"</c> is never read as a field reference.
/// </summary>
public static class MongoUpdateTranslator
{
    /// <summary>The pipeline: stage 1 creates <c>d</c> from <paramref name="seed"/> when missing and bumps <c>v</c>; stage 2 applies <paramref name="updates"/>.</summary>
    /// <exception cref="ArgumentException">No updates, an increment by a non-number, or two updates of overlapping paths.</exception>
    public static List<BsonDocument> Pipeline(IReadOnlyList<FieldUpdate> updates, BsonDocument seed)
    {
        ArgumentNullException.ThrowIfNull(updates);
        if (updates.Count == 0) throw new ArgumentException("An update needs at least one field change.", nameof(updates));
        var d = "$" + MongoQueryTranslator.DocumentField;
        var v = "$" + MongoQueryTranslator.VersionField;
        var create = new BsonDocument
        {
            { MongoQueryTranslator.DocumentField, new BsonDocument("$ifNull", new BsonArray { d, Literal(seed) }) },
            { MongoQueryTranslator.VersionField, new BsonDocument("$add", new BsonArray { new BsonDocument("$ifNull", new BsonArray { v, 0 }), 1 }) },
        };
        var apply = new BsonDocument(updates.Count);
        for (var i = 0; i < updates.Count; i++)
        {
            var u = updates[i];
            for (var j = 0; j < i; j++)
            {
                if (Overlaps(updates[j].Path.Value, u.Path.Value))
                    throw new ArgumentException($"Updates of '{updates[j].Path}' and '{u.Path}' overlap; update each field once.", nameof(updates));
            }
            var path = MongoQueryTranslator.StoredPath(u.Path);
            var current = "$" + path;
            var value = MongoQueryTranslator.Value(u.Value);
            BsonValue expr = u.Kind switch
            {
                UpdateKind.Increment when value.IsNumeric => new BsonDocument("$add", new BsonArray { new BsonDocument("$ifNull", new BsonArray { current, 0 }), Literal(value) }),
                UpdateKind.Increment => throw new ArgumentException($"Increment of '{u.Path}' needs a number.", nameof(updates)),
                UpdateKind.Set => Literal(value),
                // $max/$min as expressions ignore a missing or null operand: a missing field takes the value.
                UpdateKind.Max => new BsonDocument("$max", new BsonArray { current, Literal(value) }),
                UpdateKind.Min => new BsonDocument("$min", new BsonArray { current, Literal(value) }),
                _ => throw new ArgumentException($"Unknown update {u.Kind}.", nameof(updates)),
            };
            apply.Add(path, expr);
        }
        return [new BsonDocument("$set", create), new BsonDocument("$set", apply)];
    }

    private static BsonDocument Literal(BsonValue value) => new("$literal", value);

    private static bool Overlaps(string a, string b) =>
        a == b || (a.Length > b.Length ? a.StartsWith(b + ".", StringComparison.Ordinal) : b.StartsWith(a + ".", StringComparison.Ordinal));
}
