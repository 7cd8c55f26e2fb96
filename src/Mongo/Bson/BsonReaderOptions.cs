namespace StudyGraph.Mongo.Bson;

/// <summary>Limits applied while decoding untrusted BSON.</summary>
public sealed record BsonReaderOptions
{
    /// <summary>The defaults: nesting up to 200 documents/arrays deep.</summary>
    public static BsonReaderOptions Default { get; } = new();

    /// <summary>The deepest allowed nesting of embedded documents and arrays (the outermost document is depth 0).</summary>
    public int MaxDepth { get; init; } = 200;
}
