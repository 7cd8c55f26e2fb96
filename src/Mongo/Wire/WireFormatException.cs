namespace StudyGraph.Mongo.Wire;

/// <summary>Raised when a wire message is malformed (bad length, unknown section kind, unsupported opcode).</summary>
public sealed class WireFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WireFormatException(string message, Exception? inner = null) : base(message, inner) { }
}
