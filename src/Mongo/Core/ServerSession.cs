using StudyGraph.Mongo.Bson;

namespace StudyGraph.Mongo.Core;

/// <summary>A logical session (lsid) and its transaction-number counter for retryable writes.</summary>
public sealed class ServerSession
{
    private long _txnNumber;

    /// <summary>Creates a session with a random UUID.</summary>
    public ServerSession() => Id = Guid.NewGuid();

    /// <summary>The session id.</summary>
    public Guid Id { get; }

    /// <summary>The lsid document: { id: UUID }.</summary>
    public BsonDocument Lsid => new("id", BsonBinary.FromGuid(Id));

    /// <summary>When the session was last used (TimeProvider timestamp).</summary>
    public long LastUsed { get; internal set; }

    /// <summary>The next transaction number (1, 2, ...).</summary>
    public long NextTxnNumber() => Interlocked.Increment(ref _txnNumber);
}
