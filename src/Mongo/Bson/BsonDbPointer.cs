namespace StudyGraph.Mongo.Bson;

/// <summary>The deprecated DBPointer type (decoded and re-encoded, never produced by StudyGraph).</summary>
/// <param name="Namespace">The "db.collection" namespace.</param>
/// <param name="Id">The referenced ObjectId.</param>
public sealed record BsonDbPointer(string Namespace, ObjectId Id);
