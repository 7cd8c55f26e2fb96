using StudyGraph.Mongo.Bson;

namespace StudyGraph.Mongo.Core;

/// <summary>A command's reply and the server that sent it.</summary>
internal sealed record CommandResult(BsonDocument Reply, Server Server);
