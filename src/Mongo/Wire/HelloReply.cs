using StudyGraph.Mongo.Bson;

namespace StudyGraph.Mongo.Wire;

/// <summary>What a server said about itself in its hello reply.</summary>
public sealed class HelloReply
{
    /// <summary>Reads the fields we use from a hello (or legacy isMaster) reply.</summary>
    public HelloReply(BsonDocument reply)
    {
        Raw = reply;
        IsWritablePrimary = Flag(reply, "isWritablePrimary") || Flag(reply, "ismaster");
        IsSecondary = Flag(reply, "secondary");
        IsArbiter = Flag(reply, "arbiterOnly");
        SetName = Str(reply, "setName");
        Primary = Str(reply, "primary");
        Me = Str(reply, "me");
        Msg = Str(reply, "msg");
        var hosts = new List<string>();
        foreach (var field in (string[])["hosts", "passives", "arbiters"])
        {
            if (reply.TryGetValue(field, out var h) && h.Type == BsonType.Array)
                foreach (var v in h.AsArray) if (v.Type == BsonType.String) hosts.Add(v.AsString.ToLowerInvariant());
        }
        Hosts = hosts;
        MaxWireVersion = Int(reply, "maxWireVersion", 0);
        MaxBsonObjectSize = Int(reply, "maxBsonObjectSize", 16 * 1024 * 1024);
        MaxMessageSizeBytes = Int(reply, "maxMessageSizeBytes", 48_000_000);
        MaxWriteBatchSize = Int(reply, "maxWriteBatchSize", 100_000);
        LogicalSessionTimeoutMinutes = reply.TryGetValue("logicalSessionTimeoutMinutes", out var l) && l.IsNumeric ? (int)l.ToInt64() : null;
        SaslSupportedMechs = reply.TryGetValue("saslSupportedMechs", out var m) && m.Type == BsonType.Array
            ? m.AsArray.Where(x => x.Type == BsonType.String).Select(x => x.AsString).ToList()
            : null;
        HelloOk = Flag(reply, "helloOk");
    }

    /// <summary>The reply document.</summary>
    public BsonDocument Raw { get; }

    /// <summary>isWritablePrimary (or legacy ismaster).</summary>
    public bool IsWritablePrimary { get; }

    /// <summary>secondary.</summary>
    public bool IsSecondary { get; }

    /// <summary>arbiterOnly.</summary>
    public bool IsArbiter { get; }

    /// <summary>setName (replica set members only).</summary>
    public string? SetName { get; }

    /// <summary>primary: the member this server believes is primary.</summary>
    public string? Primary { get; }

    /// <summary>me: the server's own address as the set knows it.</summary>
    public string? Me { get; }

    /// <summary>msg: "isdbgrid" for mongos.</summary>
    public string? Msg { get; }

    /// <summary>hosts, passives and arbiters, lowercased.</summary>
    public IReadOnlyList<string> Hosts { get; }

    /// <summary>maxWireVersion.</summary>
    public int MaxWireVersion { get; }

    /// <summary>maxBsonObjectSize.</summary>
    public int MaxBsonObjectSize { get; }

    /// <summary>maxMessageSizeBytes.</summary>
    public int MaxMessageSizeBytes { get; }

    /// <summary>maxWriteBatchSize.</summary>
    public int MaxWriteBatchSize { get; }

    /// <summary>logicalSessionTimeoutMinutes (null when the server does not support sessions).</summary>
    public int? LogicalSessionTimeoutMinutes { get; }

    /// <summary>saslSupportedMechs, when we asked for them.</summary>
    public IReadOnlyList<string>? SaslSupportedMechs { get; }

    /// <summary>helloOk.</summary>
    public bool HelloOk { get; }

    /// <summary>True for mongos.</summary>
    public bool IsMongos => Msg == "isdbgrid";

    /// <summary>True when retryable writes are allowed: sessions supported and not a standalone server.</summary>
    public bool SupportsRetryableWrites => LogicalSessionTimeoutMinutes is not null && (SetName is not null || IsMongos);

    private static bool Flag(BsonDocument d, string name) => d.TryGetValue(name, out var v) && v.IsTruthy() && v.Type != BsonType.String;

    private static string? Str(BsonDocument d, string name) => d.TryGetValue(name, out var v) && v.Type == BsonType.String ? v.AsString : null;

    private static int Int(BsonDocument d, string name, int fallback) => d.TryGetValue(name, out var v) && v.IsNumeric ? (int)v.ToInt64() : fallback;
}
