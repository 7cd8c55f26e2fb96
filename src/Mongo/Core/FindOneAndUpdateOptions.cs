using StudyGraph.Mongo.Bson;

namespace StudyGraph.Mongo.Core;

/// <summary>Options of findOneAndUpdate (findAndModify).</summary>
public sealed record FindOneAndUpdateOptions
{
    /// <summary>Which document to pick when several match.</summary>
    public BsonDocument? Sort { get; init; }

    /// <summary>Projection of the returned document.</summary>
    public BsonDocument? Projection { get; init; }

    /// <summary>Return the document after the update (default: before).</summary>
    public bool ReturnDocumentAfter { get; init; }

    /// <summary>Insert a document when nothing matches.</summary>
    public bool IsUpsert { get; init; }

    /// <summary>Filters for the $[identifier] positional operator.</summary>
    public IReadOnlyList<BsonDocument>? ArrayFilters { get; init; }
}
