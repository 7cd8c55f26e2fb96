using StudyGraph.Mongo.Bson;

namespace StudyGraph.Mongo.Core;

/// <summary>Result of an update.</summary>
/// <param name="MatchedCount">Documents matched (n).</param>
/// <param name="ModifiedCount">Documents changed (nModified).</param>
/// <param name="UpsertedId">The _id of an upserted document.</param>
public sealed record UpdateResult(long MatchedCount, long ModifiedCount, BsonValue? UpsertedId);
