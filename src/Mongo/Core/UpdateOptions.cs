using StudyGraph.Mongo.Bson;

namespace StudyGraph.Mongo.Core;

/// <summary>Options of updateOne/updateMany.</summary>
public sealed record UpdateOptions
{
    /// <summary>Insert a document when nothing matches.</summary>
    public bool IsUpsert { get; init; }

    /// <summary>Filters for the $[identifier] positional operator.</summary>
    public IReadOnlyList<BsonDocument>? ArrayFilters { get; init; }
}
