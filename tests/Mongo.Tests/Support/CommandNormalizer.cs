using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Bson.Json;

namespace StudyGraph.Mongo.Tests.Support;

/// <summary>Makes recorded commands comparable: session ids, transaction numbers and $clusterTime are placeholders; $db goes last.</summary>
public static class CommandNormalizer
{
    private static readonly HashSet<string> Handshake = ["hello", "ismaster", "isMaster", "buildInfo", "buildinfo", "ping", "saslStart", "saslContinue"];

    public static List<string> Normalize(IEnumerable<CapturedCommand> commands) =>
        commands.Where(c => !Handshake.Contains(c.Name)).Select(c => ExtendedJsonWriter.Write(Normalize(c.Body))).ToList();

    public static BsonDocument Normalize(BsonDocument body)
    {
        var d = new BsonDocument();
        BsonValue? db = null;
        foreach (var e in body)
        {
            switch (e.Name)
            {
                case "lsid": d.Add("lsid", "<session>"); break;
                case "txnNumber": d.Add("txnNumber", "<txnNumber>"); break;
                case "$clusterTime": break;
                case "$db": db = e.Value; break;
                case "endSessions": d.Add("endSessions", "<sessions>"); break;
                default: d.Add(e.Name, e.Value); break;
            }
        }
        if (db is { } v) d.Add("$db", v);
        return d;
    }
}
