namespace StudyGraph.Mongo.Bson;

/// <summary>Raised when bytes are not a well-formed BSON document; carries the byte offset of the problem.</summary>
public sealed class BsonFormatException : Exception
{
    /// <summary>Creates the exception for a problem at <paramref name="offset"/>.</summary>
    public BsonFormatException(string reason, int offset)
        : base($"Invalid BSON at byte {offset}: {reason}")
    {
        Reason = reason;
        Offset = offset;
    }

    /// <summary>What is wrong, without the offset.</summary>
    public string Reason { get; }

    /// <summary>The offset (from the start of the outermost document) where the problem was found.</summary>
    public int Offset { get; }
}
