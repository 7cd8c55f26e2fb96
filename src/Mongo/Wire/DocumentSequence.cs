using StudyGraph.Mongo.Bson;

namespace StudyGraph.Mongo.Wire;

/// <summary>An OP_MSG kind-1 section: documents that belong to the body's array field <paramref name="Identifier"/>.</summary>
/// <param name="Identifier">The body field the documents belong to ("documents", "updates", "deletes").</param>
/// <param name="Documents">The documents, in order.</param>
public sealed record DocumentSequence(string Identifier, IReadOnlyList<BsonDocument> Documents);
