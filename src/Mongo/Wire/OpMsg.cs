using StudyGraph.Mongo.Bson;

namespace StudyGraph.Mongo.Wire;

/// <summary>An OP_MSG: flag bits, one kind-0 body and any number of kind-1 document sequences.</summary>
public sealed class OpMsg
{
    /// <summary>Creates a message.</summary>
    public OpMsg(BsonDocument body, IReadOnlyList<DocumentSequence>? sequences = null, OpMsgFlags flags = OpMsgFlags.None)
    {
        Body = body ?? throw new ArgumentNullException(nameof(body));
        Sequences = sequences ?? [];
        Flags = flags;
    }

    /// <summary>The flag bits.</summary>
    public OpMsgFlags Flags { get; }

    /// <summary>The kind-0 body (the command or reply).</summary>
    public BsonDocument Body { get; }

    /// <summary>The kind-1 sections.</summary>
    public IReadOnlyList<DocumentSequence> Sequences { get; }

    /// <summary>
    /// The body with every document sequence merged in as an array field (how the server sees the command),
    /// placed right after the command name, where drivers that send the arrays inline put them.
    /// </summary>
    public BsonDocument MergedBody()
    {
        if (Sequences.Count == 0) return Body;
        var merged = new BsonDocument(Body.Count + Sequences.Count);
        for (var i = 0; i < Body.Count; i++)
        {
            merged.Add(Body[i].Name, Body[i].Value);
            if (i != 0) continue;
            foreach (var s in Sequences)
            {
                var array = new BsonArray(s.Documents.Count);
                foreach (var d in s.Documents) array.Add(d);
                merged.Add(s.Identifier, array);
            }
        }
        return merged;
    }
}
