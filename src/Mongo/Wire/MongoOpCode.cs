namespace StudyGraph.Mongo.Wire;

/// <summary>Wire protocol opcodes we read or write.</summary>
public enum MongoOpCode
{
    /// <summary>Legacy reply (only to a legacy OP_QUERY handshake).</summary>
    Reply = 1,
    /// <summary>Legacy query (only used for the legacy handshake by other drivers).</summary>
    Query = 2004,
    /// <summary>Compressed wrapper (not supported: we never negotiate compression).</summary>
    Compressed = 2012,
    /// <summary>The extensible message format used for every command.</summary>
    Msg = 2013,
}
