using StudyGraph.Mongo.Bson;

namespace StudyGraph.Mongo.Core;

/// <summary>One single-document statement of <see cref="MongoCollection.BulkUpdateAsync"/>.</summary>
/// <param name="Filter">Which document.</param>
/// <param name="Update">An update document (<c>$set</c>, <c>$inc</c>, ...), a replacement document, or a pipeline (an array of stages).</param>
public sealed record UpdateStatement(BsonDocument Filter, BsonValue Update)
{
    /// <summary>Insert a document when nothing matches.</summary>
    public bool IsUpsert { get; init; }
}
