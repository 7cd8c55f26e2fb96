namespace StudyGraph.Mongo.Bson;

/// <summary>The deprecated "JavaScript code with scope" type (decoded and re-encoded only).</summary>
/// <param name="Code">The code.</param>
/// <param name="Scope">The scope document.</param>
public sealed record BsonJavaScriptWithScope(string Code, BsonDocument Scope);
