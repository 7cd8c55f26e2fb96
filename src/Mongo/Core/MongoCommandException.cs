using StudyGraph.Mongo.Bson;

namespace StudyGraph.Mongo.Core;

/// <summary>The server answered a command with ok: 0; carries its code, codeName and message.</summary>
public class MongoCommandException : MongoException
{
    /// <summary>Creates the exception from a reply.</summary>
    public MongoCommandException(string commandName, int code, string codeName, string serverMessage, BsonDocument reply)
        : base($"Command {commandName} failed: {serverMessage} (code {code}, {codeName})")
    {
        CommandName = commandName;
        Code = code;
        CodeName = codeName;
        ServerMessage = serverMessage;
        Reply = reply;
    }

    /// <summary>The command that failed.</summary>
    public string CommandName { get; }

    /// <summary>The server error code (e.g. 10107 NotWritablePrimary).</summary>
    public int Code { get; }

    /// <summary>The server code name (e.g. "NotWritablePrimary").</summary>
    public string CodeName { get; }

    /// <summary>The server's errmsg.</summary>
    public string ServerMessage { get; }

    /// <summary>The whole reply.</summary>
    public BsonDocument Reply { get; }

    /// <summary>Reads code, codeName, errmsg and errorLabels from a reply.</summary>
    public static MongoCommandException FromReply(string commandName, BsonDocument reply) =>
        new(commandName,
            reply.TryGetValue("code", out var c) && c.IsNumeric ? (int)c.ToInt64() : 0,
            reply.TryGetValue("codeName", out var n) && n.Type == BsonType.String ? n.AsString : "",
            reply.TryGetValue("errmsg", out var m) && m.Type == BsonType.String ? m.AsString : "unknown error",
            reply)
        {
            ErrorLabels = Labels(reply),
        };

    internal static IReadOnlyList<string> Labels(BsonDocument reply)
    {
        if (!reply.TryGetValue("errorLabels", out var l) || l.Type != BsonType.Array) return [];
        var list = new List<string>();
        foreach (var v in l.AsArray) if (v.Type == BsonType.String) list.Add(v.AsString);
        return list;
    }
}
