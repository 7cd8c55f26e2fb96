using System.Runtime.CompilerServices;
using StudyGraph.Mongo.Bson;

namespace StudyGraph.Mongo.Core;

/// <summary>
/// A server cursor: the first batch from find/aggregate/listIndexes, then getMore on the same server and session
/// until the id is 0 or the limit is reached. Disposing an unfinished cursor sends killCursors.
/// </summary>
public sealed class MongoCursor : IAsyncDisposable
{
    private readonly MongoClient _client;
    private readonly string _database;
    private readonly string _collection;
    private readonly Server _server;
    private readonly ServerSession? _session;
    private readonly int? _batchSize;
    private readonly int? _limit;
    private readonly Action? _releaseSession;
    private long _returned;
    private bool _firstBatchPending = true;

    private MongoCursor(MongoClient client, string database, string collection, Server server, ServerSession? session, Action? release, BsonDocument cursor, int? batchSize, int? limit)
    {
        _client = client;
        _database = database;
        _collection = collection;
        _server = server;
        _session = session;
        _releaseSession = release;
        _batchSize = batchSize;
        _limit = limit;
        Id = cursor.GetValueOrDefault("id", 0L).ToInt64();
        Current = Batch(cursor, "firstBatch");
    }

    /// <summary>The server cursor id (0 once exhausted).</summary>
    public long Id { get; private set; }

    /// <summary>The current batch.</summary>
    public IReadOnlyList<BsonDocument> Current { get; private set; }

    internal static async Task<MongoCursor> OpenAsync(MongoClient client, string database, string collection, BsonDocument command, CommandKind kind, int? batchSize, int? limit, CancellationToken ct)
    {
        var (session, release) = await client.AcquireCursorSessionAsync(ct).ConfigureAwait(false);
        try
        {
            var result = await client.ExecuteAsync(new CommandRequest(database, command, kind) { Session = session }, ct).ConfigureAwait(false);
            var cursor = result.Reply.TryGetDocument("cursor", out var c) ? c : throw new MongoException($"Reply to {command[0].Name} has no cursor.");
            return new MongoCursor(client, database, collection, result.Server, session, release, cursor, batchSize, limit);
        }
        catch
        {
            release?.Invoke();
            throw;
        }
    }

    /// <summary>Advances to the next batch (the first call yields the first batch); false when exhausted.</summary>
    public async Task<bool> MoveNextAsync(CancellationToken ct = default)
    {
        if (_firstBatchPending)
        {
            _firstBatchPending = false;
            _returned += Current.Count;
            if (LimitReached) await KillAsync(ct).ConfigureAwait(false);
            return Current.Count > 0 || Id != 0 && await MoveNextAsync(ct).ConfigureAwait(false);
        }
        while (Id != 0)
        {
            var getMore = new BsonDocument { { "getMore", Id }, { "collection", _collection } };
            var size = _batchSize;
            if (_limit is { } l) size = (int)Math.Min(size ?? int.MaxValue, l - _returned);
            if (size is > 0) getMore.Add("batchSize", size.Value);
            var reply = (await _client.ExecuteAsync(new CommandRequest(_database, getMore, CommandKind.NoRetry) { Session = _session, Pin = _server }, ct).ConfigureAwait(false)).Reply;
            var cursor = reply.TryGetDocument("cursor", out var c) ? c : throw new MongoException("getMore reply has no cursor.");
            Id = cursor.GetValueOrDefault("id", 0L).ToInt64();
            Current = Batch(cursor, "nextBatch");
            _returned += Current.Count;
            if (LimitReached) await KillAsync(ct).ConfigureAwait(false);
            if (Current.Count > 0) return true;
        }
        Release();
        return false;
    }

    /// <summary>Reads every remaining document.</summary>
    public async Task<List<BsonDocument>> ToListAsync(CancellationToken ct = default)
    {
        var all = new List<BsonDocument>();
        while (await MoveNextAsync(ct).ConfigureAwait(false)) all.AddRange(Current);
        return all;
    }

    /// <summary>Enumerates every remaining document.</summary>
    public async IAsyncEnumerable<BsonDocument> ReadAllAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        while (await MoveNextAsync(ct).ConfigureAwait(false))
        {
            foreach (var d in Current) yield return d;
        }
    }

    /// <summary>Kills the server cursor when it is still open.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (MongoException)
        {
            // The server times cursors out on its own.
        }
        Release();
    }

    private bool LimitReached => _limit is { } l && _returned >= l;

    private async Task KillAsync(CancellationToken ct)
    {
        if (Id == 0) return;
        var id = Id;
        Id = 0;
        var kill = new BsonDocument { { "killCursors", _collection }, { "cursors", new BsonArray { id } } };
        await _client.ExecuteAsync(new CommandRequest(_database, kill, CommandKind.NoRetry) { Session = _session, Pin = _server }, ct).ConfigureAwait(false);
    }

    private bool _released;

    private void Release()
    {
        if (_released) return;
        _released = true;
        _releaseSession?.Invoke();
    }

    private static List<BsonDocument> Batch(BsonDocument cursor, string name)
    {
        var list = new List<BsonDocument>();
        if (cursor.TryGetValue(name, out var b) && b.Type == BsonType.Array)
            foreach (var d in b.AsArray) if (d.Type == BsonType.Document) list.Add(d.AsDocument);
        return list;
    }
}
