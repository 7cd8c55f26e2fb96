using StudyGraph.Mongo.Bson;

namespace StudyGraph.Mongo.Core;

/// <summary>An index to create.</summary>
/// <param name="Keys">The key specification ({ field: 1 }).</param>
/// <param name="Name">The index name (default: fields and directions joined, e.g. "examId_1_topicId_1").</param>
public sealed record CreateIndexModel(BsonDocument Keys, string? Name = null)
{
    /// <summary>Reject duplicate keys.</summary>
    public bool Unique { get; init; }

    /// <summary>Only index documents that have the field.</summary>
    public bool Sparse { get; init; }

    /// <summary>TTL in seconds, for a date field.</summary>
    public int? ExpireAfterSeconds { get; init; }

    /// <summary>Only index documents matching this filter.</summary>
    public BsonDocument? PartialFilterExpression { get; init; }

    /// <summary>The name the index gets.</summary>
    public string EffectiveName => Name ?? string.Join("_", Keys.Select(k => k.Name + "_" + IndexValueText(k.Value)));

    private static string IndexValueText(BsonValue v) => v.Type switch
    {
        BsonType.String => v.AsString,
        BsonType.Double => v.AsDouble.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => v.ToInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
