using StudyGraph.Mongo.Bson;

namespace StudyGraph.Mongo.Core;

/// <summary>Result of an insert.</summary>
/// <param name="InsertedCount">Documents inserted.</param>
/// <param name="InsertedIds">Their _id values, in order.</param>
public sealed record InsertResult(long InsertedCount, IReadOnlyList<BsonValue> InsertedIds);
