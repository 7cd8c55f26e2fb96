using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Wire;

namespace StudyGraph.Mongo.Core;

public sealed partial class MongoClient
{
    /// <summary>Runs a command with session fields, $clusterTime, read preference and the retry policy of its kind.</summary>
    internal async Task<CommandResult> ExecuteAsync(CommandRequest request, CancellationToken ct)
    {
        var server = request.Pin ?? await _topology.SelectAsync(ct).ConfigureAwait(false);
        var description = server.Description;
        var sessionsSupported = description?.LogicalSessionTimeoutMinutes is not null;
        var ownSession = request.Session is null && sessionsSupported;
        var session = request.Session == NoSession ? null : request.Session ?? (ownSession ? _sessions.Acquire(description!.LogicalSessionTimeoutMinutes!.Value) : null);
        try
        {
            long? txnNumber = null;
            var retry = request.Kind switch
            {
                CommandKind.Read => Url.RetryReads,
                CommandKind.RetryableWrite => Url.RetryWrites && session is not null && description!.SupportsRetryableWrites,
                _ => false,
            };
            if (request.Kind == CommandKind.RetryableWrite && retry) txnNumber = session!.NextTxnNumber();
            if (request.Pin is not null) retry = false;

            try
            {
                var reply = await RunOnAsync(server, request, session, txnNumber, ct).ConfigureAwait(false);
                if (!(retry && request.Kind == CommandKind.RetryableWrite && HasRetryableWriteConcernError(reply))) return new CommandResult(reply, server);
            }
            catch (MongoConnectionException) when (retry)
            {
            }
            catch (MongoCommandException ex) when (retry && (ServerErrorCodes.IsRetryable(ex.Code) || ex.HasErrorLabel("RetryableWriteError")))
            {
            }
            // One retry, on a freshly selected server, with the same txnNumber.
            server = await _topology.SelectAsync(ct).ConfigureAwait(false);
            return new CommandResult(await RunOnAsync(server, request, session, txnNumber, ct).ConfigureAwait(false), server);
        }
        finally
        {
            if (ownSession && session is not null) _sessions.Release(session);
        }
    }

    private async Task<BsonDocument> RunOnAsync(Server server, CommandRequest request, ServerSession? session, long? txnNumber, CancellationToken ct)
    {
        var body = request.Body.Clone();
        if (session is not null) body.Add("lsid", session.Lsid);
        if (txnNumber is { } txn) body.Add("txnNumber", txn);
        var clusterTime = _clusterTime;
        if (clusterTime is not null && server.Description?.MaxWireVersion >= 6) body.Add("$clusterTime", clusterTime);
        if (_topology.IsDirect && server.Description is { SetName: not null, IsMongos: false })
            body.Add("$readPreference", new BsonDocument("mode", "primaryPreferred"));
        body.Add("$db", request.Database);

        MongoConnection connection;
        try
        {
            connection = await server.Pool.CheckOutAsync(ct).ConfigureAwait(false);
        }
        catch (MongoConnectionException)
        {
            _topology.OnNetworkError(server);
            throw;
        }
        try
        {
            server.Description ??= connection.Hello;
            var reply = await connection.SendAsync(new OpMsg(body, request.Sequences), ct).ConfigureAwait(false);
            GossipClusterTime(reply);
            if (!reply.TryGetValue("ok", out var ok) || !ok.IsTruthy())
            {
                var error = MongoCommandException.FromReply(body[0].Name, reply);
                _topology.OnCommandError(server, error.Code);
                throw error;
            }
            if (reply.TryGetDocument("writeConcernError", out var wce) && wce.TryGetValue("code", out var code) && code.IsNumeric)
                _topology.OnCommandError(server, (int)code.ToInt64());
            return reply;
        }
        catch (MongoConnectionException)
        {
            _topology.OnNetworkError(server);
            throw;
        }
        finally
        {
            server.Pool.CheckIn(connection);
        }
    }

    /// <summary>A session for a cursor (kept across getMore); null when no server has reported session support yet.</summary>
    internal async Task<(ServerSession? Session, Action? Release)> AcquireCursorSessionAsync(CancellationToken ct)
    {
        var server = await _topology.SelectAsync(ct).ConfigureAwait(false);
        if (server.Description?.LogicalSessionTimeoutMinutes is not { } minutes) return (null, null);
        var session = _sessions.Acquire(minutes);
        return (session, () => _sessions.Release(session));
    }

    /// <summary>The selected server's maxWriteBatchSize and maxMessageSizeBytes.</summary>
    internal async Task<(int MaxCount, int MaxBytes)> GetWriteLimitsAsync(CancellationToken ct)
    {
        var server = await _topology.SelectAsync(ct).ConfigureAwait(false);
        var d = server.Description;
        return (Math.Max(1, d?.MaxWriteBatchSize ?? 100_000), Math.Max(1 << 20, d?.MaxMessageSizeBytes ?? 48_000_000));
    }

    private static bool HasRetryableWriteConcernError(BsonDocument reply)
    {
        if (!reply.TryGetDocument("writeConcernError", out var wce)) return false;
        if (MongoCommandException.Labels(reply).Contains("RetryableWriteError")) return true;
        return wce.TryGetValue("code", out var code) && code.IsNumeric && ServerErrorCodes.IsRetryable((int)code.ToInt64());
    }

    private void GossipClusterTime(BsonDocument reply)
    {
        if (!reply.TryGetDocument("$clusterTime", out var ct) || !ct.TryGetValue("clusterTime", out var t) || t.Type != BsonType.Timestamp) return;
        lock (_clusterTimeGate)
        {
            if (_clusterTime is null || _clusterTime["clusterTime"].AsTimestamp.Value < t.AsTimestamp.Value) _clusterTime = ct;
        }
    }
}
