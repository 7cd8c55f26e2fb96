using StudyGraph.Mongo.Bson;

namespace StudyGraph.Mongo.Core;

/// <summary>Result of an update.</summary>
/// <param name="MatchedCount">Documents matched (n).</param>
/// <param name="ModifiedCount">Documents changed (nModified).</param>
/// <param name="UpsertedId">The _id of an upserted document.</param>
public sealed record UpdateResult(long MatchedCount, long ModifiedCount, BsonValue? UpsertedId);

/// <summary>Result of a delete.</summary>
/// <param name="DeletedCount">Documents deleted.</param>
public sealed record DeleteResult(long DeletedCount);

/// <summary>Result of an insert.</summary>
/// <param name="InsertedCount">Documents inserted.</param>
/// <param name="InsertedIds">Their _id values, in order.</param>
public sealed record InsertResult(long InsertedCount, IReadOnlyList<BsonValue> InsertedIds);
