using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Wire;

namespace StudyGraph.Mongo.Tests.Support;

/// <summary>One command the capture server received: the body with its document sequences merged in.</summary>
public sealed record CapturedCommand(int ConnectionId, string Name, BsonDocument Body, int SequenceCount);

/// <summary>
/// A TcpListener on 127.0.0.1 that speaks just enough of the wire protocol (OP_MSG, plus the legacy OP_QUERY
/// handshake) to act as a replica-set primary, records every command and answers with canned replies.
/// </summary>
public sealed class CaptureServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<CapturedCommand> _commands = new();
    private readonly List<Task> _tasks = [];
    private readonly Func<CapturedCommand, BsonDocument?>? _override;
    private int _connections;
    private long _cursorId = 7000;

    private readonly System.Security.Cryptography.X509Certificates.X509Certificate2? _certificate;

    public CaptureServer(Func<CapturedCommand, BsonDocument?>? replyOverride = null, System.Security.Cryptography.X509Certificates.X509Certificate2? tlsCertificate = null)
    {
        _override = replyOverride;
        _certificate = tlsCertificate;
        _listener.Start();
        _tasks.Add(AcceptLoop());
    }

    /// <summary>A reply holding this field makes the server close the connection instead of answering.</summary>
    public const string CloseConnection = "$closeConnection";

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public string Address => $"127.0.0.1:{Port}";

    public IReadOnlyList<CapturedCommand> Commands => [.. _commands];

    public int ConnectionCount => Volatile.Read(ref _connections);

    /// <summary>Drops every open connection (simulates a network error).</summary>
    public event Action? DropAll;

    public void DropConnections() => DropAll?.Invoke();

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception)
            {
                return;
            }
            var id = Interlocked.Increment(ref _connections);
            lock (_tasks) _tasks.Add(Serve(client, id));
        }
    }

    private async Task Serve(TcpClient client, int connectionId)
    {
        using var _ = client;
        Stream stream = client.GetStream();
        void Drop() => client.Close();
        DropAll += Drop;
        try
        {
            if (_certificate is not null)
            {
                var ssl = new System.Net.Security.SslStream(stream, leaveInnerStreamOpen: false);
                await ssl.AuthenticateAsServerAsync(_certificate, clientCertificateRequired: false, checkCertificateRevocation: false);
                stream = ssl;
            }
            while (!_stop.IsCancellationRequested)
            {
                var msg = await WireStream.ReadMessageAsync(stream, _stop.Token);
                if (msg is null) return;
                var (header, payload) = msg.Value;
                if (header.OpCode == MongoOpCode.Query)
                {
                    var query = ParseQuery(payload);
                    var reply = Reply(new CapturedCommand(connectionId, FirstKey(query), query, 0));
                    await stream.WriteAsync(BuildOpReply(reply, header.RequestId), _stop.Token);
                    continue;
                }
                if (header.OpCode != MongoOpCode.Msg) return;
                var op = OpMsgCodec.Parse(payload);
                var cmd = new CapturedCommand(connectionId, FirstKey(op.Body), op.MergedBody(), op.Sequences.Count);
                _commands.Enqueue(cmd);
                var body = Reply(cmd);
                if (body.Contains(CloseConnection)) return; // simulate a network error: no reply, connection closed
                if ((op.Flags & OpMsgFlags.MoreToCome) != 0) continue;
                using var w = new PooledBufferWriter();
                OpMsgCodec.Write(w, new OpMsg(body), requestId: 1_000_000 + header.RequestId, responseTo: header.RequestId);
                await stream.WriteAsync(w.WrittenMemory, _stop.Token);
            }
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
        }
        catch (IOException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
        catch (System.Security.Authentication.AuthenticationException)
        {
        }
        finally
        {
            DropAll -= Drop;
        }
    }

    private BsonDocument Reply(CapturedCommand cmd)
    {
        var custom = _override?.Invoke(cmd);
        if (custom is not null) return custom;
        return CannedReplies.For(cmd, Address, ref _cursorId);
    }

    private static string FirstKey(BsonDocument d) => d.Count > 0 ? d[0].Name : "";

    private static BsonDocument ParseQuery(ReadOnlySpan<byte> payload)
    {
        var p = 4; // flags
        var nul = payload[p..].IndexOf((byte)0);
        p += nul + 1 + 8; // collection name, numberToSkip, numberToReturn
        return BsonSerializer.DeserializeFirst(payload[p..], out _);
    }

    private static byte[] BuildOpReply(BsonDocument doc, int responseTo)
    {
        var body = BsonSerializer.Serialize(doc);
        var msg = new byte[MessageHeader.Size + 20 + body.Length];
        new MessageHeader(msg.Length, 2_000_000 + responseTo, responseTo, MongoOpCode.Reply).Write(msg);
        BinaryPrimitives.WriteInt32LittleEndian(msg.AsSpan(16), 8); // AwaitCapable
        BinaryPrimitives.WriteInt32LittleEndian(msg.AsSpan(32), 1); // numberReturned (cursorId and startingFrom stay 0)
        body.CopyTo(msg, 36);
        return msg;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Task[] tasks;
        lock (_tasks) tasks = [.. _tasks];
        try
        {
            await Task.WhenAll(tasks).WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception)
        {
        }
        _stop.Dispose();
    }
}
