using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Wire;

namespace StudyGraph.Mongo.Core;

/// <summary>A command to run: database, body (without session fields or $db), document sequences and retry kind.</summary>
public sealed record CommandRequest(string Database, BsonDocument Body, CommandKind Kind)
{
    /// <summary>Kind-1 sections (bulk write payloads).</summary>
    public IReadOnlyList<DocumentSequence> Sequences { get; init; } = [];

    /// <summary>A session to use (cursors keep theirs); null takes one from the pool for this command.</summary>
    public ServerSession? Session { get; init; }

    /// <summary>Send to this server only (getMore and killCursors go where the cursor lives).</summary>
    internal Server? Pin { get; init; }
}
