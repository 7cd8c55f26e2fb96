namespace StudyGraph.Mongo.Core;

/// <summary>Result of a delete.</summary>
/// <param name="DeletedCount">Documents deleted.</param>
public sealed record DeleteResult(long DeletedCount);
