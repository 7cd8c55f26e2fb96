namespace StudyGraph.Mongo.Bson;

/// <summary>One named value of a <see cref="BsonDocument"/>.</summary>
/// <param name="Name">The field name.</param>
/// <param name="Value">The field value.</param>
public readonly record struct BsonElement(string Name, BsonValue Value);
