using StudyGraph.Mongo.Bson;

namespace StudyGraph.Mongo.Core;

/// <summary>Accumulates the replies of a batched write command.</summary>
internal sealed class WriteSummary
{
    public long N { get; private set; }

    public long NModified { get; private set; }

    public List<BsonValue> Upserted { get; } = [];

    public List<WriteError> WriteErrors { get; } = [];

    public WriteConcernError? WriteConcernError { get; private set; }

    public BsonDocument? LastReply { get; private set; }

    public void Add(BsonDocument reply, int offset)
    {
        LastReply = reply;
        N += reply.GetValueOrDefault("n", 0).ToInt64();
        NModified += reply.GetValueOrDefault("nModified", 0).ToInt64();
        if (reply.TryGetValue("upserted", out var ups) && ups.Type == BsonType.Array)
        {
            foreach (var u in ups.AsArray) if (u.Type == BsonType.Document) Upserted.Add(u.AsDocument.GetValueOrDefault("_id"));
        }
        if (reply.TryGetValue("writeErrors", out var errs) && errs.Type == BsonType.Array)
        {
            foreach (var e in errs.AsArray)
            {
                if (e.Type != BsonType.Document) continue;
                var d = e.AsDocument;
                WriteErrors.Add(new WriteError(
                    offset + (int)d.GetValueOrDefault("index", 0).ToInt64(),
                    (int)d.GetValueOrDefault("code", 0).ToInt64(),
                    d.TryGetValue("codeName", out var cn) && cn.Type == BsonType.String ? cn.AsString : "",
                    d.TryGetValue("errmsg", out var m) && m.Type == BsonType.String ? m.AsString : ""));
            }
        }
        WriteConcernError ??= ReadWriteConcernError(reply);
    }

    public static WriteConcernError? ReadWriteConcernError(BsonDocument reply)
    {
        if (!reply.TryGetDocument("writeConcernError", out var w)) return null;
        return new WriteConcernError(
            (int)w.GetValueOrDefault("code", 0).ToInt64(),
            w.TryGetValue("codeName", out var cn) && cn.Type == BsonType.String ? cn.AsString : "",
            w.TryGetValue("errmsg", out var m) && m.Type == BsonType.String ? m.AsString : "");
    }
}
