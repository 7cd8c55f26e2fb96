using StudyGraph.Mongo.Bson;

namespace StudyGraph.Mongo.Tests.Support;

/// <summary>The capture server's answers: a replica-set primary that accepts everything.</summary>
public static class CannedReplies
{
    public static readonly ObjectId ElectionId = ObjectId.Parse("7fffffff0000000000000001");

    public static BsonDocument For(CapturedCommand cmd, string address, ref long cursorId)
    {
        var b = cmd.Body;
        var db = b.TryGetValue("$db", out var dbv) ? dbv.AsString : "admin";
        string Ns() => db + "." + b[0].Value.AsString;
        switch (cmd.Name)
        {
            case "hello":
            case "ismaster":
            case "isMaster":
                return Hello(address, cmd.ConnectionId);
            case "insert":
                return Ok().Add("n", b["documents"].AsArray.Count);
            case "update":
                var updates = b["updates"].AsArray.Count;
                return Ok().Add("n", updates).Add("nModified", updates);
            case "delete":
                return Ok().Add("n", b["deletes"].AsArray.Count);
            case "find":
                var batch = b.TryGetValue("batchSize", out var bs) ? (int)bs.ToInt64() : 101;
                var docs = SampleDocs(3);
                if (batch < docs.Count)
                {
                    var id = Interlocked.Increment(ref cursorId);
                    return Ok().Add("cursor", Cursor("firstBatch", docs.Take(batch), id, Ns()));
                }
                return Ok().Add("cursor", Cursor("firstBatch", docs, 0, Ns()));
            case "getMore":
                return Ok().Add("cursor", Cursor("nextBatch", SampleDocs(3).Skip(2), 0, db + "." + b["collection"].AsString));
            case "killCursors":
                return Ok().Add("cursorsKilled", b["cursors"]).Add("cursorsNotFound", new BsonArray()).Add("cursorsAlive", new BsonArray()).Add("cursorsUnknown", new BsonArray());
            case "findAndModify":
                return Ok().Add("lastErrorObject", new BsonDocument { { "n", 1 }, { "updatedExisting", true } }).Add("value", SampleDocs(1)[0]);
            case "aggregate":
                var pipeline = b["pipeline"].AsArray;
                var isCount = pipeline.Count > 0 && pipeline[^1].AsDocument.Contains("$group");
                var result = isCount ? [new BsonDocument { { "_id", 1 }, { "n", 3 } }] : SampleDocs(2);
                return Ok().Add("cursor", Cursor("firstBatch", result, 0, Ns()));
            case "createIndexes":
                return Ok().Add("createdCollectionAutomatically", false).Add("numIndexesBefore", 1).Add("numIndexesAfter", 1 + b["indexes"].AsArray.Count);
            case "listIndexes":
                var idx = new BsonDocument { { "v", 2 }, { "key", new BsonDocument("_id", 1) }, { "name", "_id_" } };
                return Ok().Add("cursor", Cursor("firstBatch", [idx], 0, Ns()));
            case "drop":
                return Ok().Add("nIndexesWas", 2).Add("ns", Ns());
            default:
                return Ok();
        }
    }

    public static BsonDocument Hello(string address, int connectionId, bool writablePrimary = true) => new()
    {
        { "helloOk", true },
        { "ismaster", writablePrimary },
        { "isWritablePrimary", writablePrimary },
        { "secondary", !writablePrimary },
        { "setName", "rs0" },
        { "setVersion", 1 },
        { "electionId", ElectionId },
        { "hosts", new BsonArray { address } },
        { "primary", address },
        { "me", address },
        { "maxBsonObjectSize", 16 * 1024 * 1024 },
        { "maxMessageSizeBytes", 48_000_000 },
        { "maxWriteBatchSize", 100_000 },
        { "localTime", BsonValue.FromDateTimeMilliseconds(1_700_000_000_000) },
        { "logicalSessionTimeoutMinutes", 30 },
        { "connectionId", connectionId },
        { "minWireVersion", 0 },
        { "maxWireVersion", 21 },
        { "readOnly", false },
        { "ok", 1.0 },
    };

    public static List<BsonDocument> SampleDocs(int n)
    {
        var list = new List<BsonDocument>();
        for (var i = 1; i <= n; i++) list.Add(new BsonDocument { { "_id", "q" + i }, { "examId", "aws-saa-c03" }, { "difficulty", i } });
        return list;
    }

    private static BsonDocument Ok() => new() { { "ok", 1.0 } };

    private static BsonDocument Cursor(string batchName, IEnumerable<BsonDocument> docs, long id, string ns)
    {
        var arr = new BsonArray();
        foreach (var d in docs) arr.Add(d);
        return new BsonDocument { { batchName, arr }, { "id", id }, { "ns", ns } };
    }
}
