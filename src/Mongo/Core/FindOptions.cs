using StudyGraph.Mongo.Bson;

namespace StudyGraph.Mongo.Core;

/// <summary>Options of find.</summary>
public sealed record FindOptions
{
    /// <summary>Sort specification ({ field: 1 | -1 }).</summary>
    public BsonDocument? Sort { get; init; }

    /// <summary>Projection.</summary>
    public BsonDocument? Projection { get; init; }

    /// <summary>Documents to skip.</summary>
    public int? Skip { get; init; }

    /// <summary>Most documents to return (0 or null: no limit).</summary>
    public int? Limit { get; init; }

    /// <summary>Return one batch and close the cursor (findOne sends this with a limit of 1).</summary>
    public bool? SingleBatch { get; init; }

    /// <summary>Documents per batch.</summary>
    public int? BatchSize { get; init; }
}
