using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Wire;

namespace StudyGraph.Mongo.Core;

/// <summary>
/// The entry point: a topology (primary discovery and pools), implicit sessions, $clusterTime gossip, and one
/// retry of reads and retryable writes. Thread-safe; create one per application.
/// </summary>
public sealed partial class MongoClient : IAsyncDisposable
{
    private readonly Topology _topology;
    private readonly ServerSessionPool _sessions;
    private readonly TimeProvider _time;
    private readonly Lock _clusterTimeGate = new();
    private BsonDocument? _clusterTime;

    /// <summary>Creates a client from a connection string.</summary>
    /// <exception cref="MongoConfigurationException">The connection string is invalid.</exception>
    public MongoClient(string connectionString, TimeProvider? time = null) : this(MongoUrl.Parse(connectionString), time) { }

    /// <summary>Creates a client from a parsed connection string.</summary>
    public MongoClient(MongoUrl url, TimeProvider? time = null)
    {
        Url = url ?? throw new ArgumentNullException(nameof(url));
        _time = time ?? TimeProvider.System;
        _topology = new Topology(url, _time);
        _sessions = new ServerSessionPool(_time);
    }

    /// <summary>The connection string options in effect.</summary>
    public MongoUrl Url { get; }

    /// <summary>The write concern sent with writes: { w, wtimeout?, j? } (w defaults to "majority").</summary>
    public BsonDocument WriteConcern
    {
        get
        {
            var wc = new BsonDocument();
            wc.Add("w", int.TryParse(Url.W, out var n) ? n : Url.W);
            if (Url.WTimeoutMS is { } t) wc.Add("wtimeout", t);
            if (Url.Journal is { } j) wc.Add("j", j);
            return wc;
        }
    }

    /// <summary>A database handle (no I/O).</summary>
    public MongoDatabase GetDatabase(string name) => new(this, name);

    /// <summary>Runs any command on the primary and returns its reply (ok: 0 raises <see cref="MongoCommandException"/>).</summary>
    public async Task<BsonDocument> RunCommandAsync(string database, BsonDocument command, CancellationToken ct = default) =>
        (await ExecuteAsync(new CommandRequest(database, command, CommandKind.NoRetry), ct).ConfigureAwait(false)).Reply;

    /// <summary>Ends the sessions this client used and closes every connection.</summary>
    public async ValueTask DisposeAsync()
    {
        var sessions = _sessions.All;
        if (sessions.Count > 0)
        {
            try
            {
                var ids = new BsonArray(sessions.Count);
                foreach (var s in sessions) ids.Add(s.Lsid);
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await ExecuteAsync(new CommandRequest("admin", new BsonDocument("endSessions", ids), CommandKind.NoRetry) { Session = NoSession }, cts.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is MongoException or OperationCanceledException)
            {
                // Best effort: the server expires sessions on its own.
            }
        }
        await _topology.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>A marker meaning "send no lsid" (endSessions).</summary>
    private static readonly ServerSession NoSession = new();
}
