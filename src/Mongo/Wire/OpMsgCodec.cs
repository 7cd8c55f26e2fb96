using System.Buffers.Binary;
using StudyGraph.Mongo.Bson;

namespace StudyGraph.Mongo.Wire;

/// <summary>Encodes and decodes OP_MSG messages (header included).</summary>
public static class OpMsgCodec
{
    /// <summary>Appends a complete OP_MSG (header, flags, sections) to <paramref name="w"/>.</summary>
    public static void Write(PooledBufferWriter w, OpMsg msg, int requestId, int responseTo = 0)
    {
        ArgumentNullException.ThrowIfNull(msg);
        var start = w.WrittenCount;
        w.GetSpan(MessageHeader.Size + 4);
        w.Advance(MessageHeader.Size);
        BinaryPrimitives.WriteUInt32LittleEndian(w.GetSpan(4), (uint)(msg.Flags & ~OpMsgFlags.ChecksumPresent));
        w.Advance(4);
        w.GetSpan(1)[0] = 0;
        w.Advance(1);
        BsonSerializer.Serialize(msg.Body, w);
        foreach (var s in msg.Sequences)
        {
            w.GetSpan(1)[0] = 1;
            w.Advance(1);
            var sizeAt = w.WrittenCount;
            w.GetSpan(4);
            w.Advance(4);
            BsonEncoder.WriteCString(w, s.Identifier, "sequence identifier");
            foreach (var d in s.Documents) BsonSerializer.Serialize(d, w);
            w.PatchInt32(sizeAt, w.WrittenCount - sizeAt);
        }
        var length = w.WrittenCount - start;
        w.PatchInt32(start, length);
        w.PatchInt32(start + 4, requestId);
        w.PatchInt32(start + 8, responseTo);
        w.PatchInt32(start + 12, (int)MongoOpCode.Msg);
    }

    /// <summary>Parses the part of an OP_MSG after its header.</summary>
    /// <exception cref="WireFormatException">The sections are malformed.</exception>
    public static OpMsg Parse(ReadOnlySpan<byte> payload)
    {
        try
        {
            if (payload.Length < 5) throw new WireFormatException("OP_MSG is shorter than its flags and one section.");
            var flags = (OpMsgFlags)BinaryPrimitives.ReadUInt32LittleEndian(payload);
            var end = payload.Length;
            if ((flags & OpMsgFlags.ChecksumPresent) != 0)
            {
                // The CRC-32C is tolerated, not verified: TCP and TLS already protect the bytes.
                end -= 4;
                if (end < 5) throw new WireFormatException("OP_MSG checksum flag set but no room for a checksum.");
            }
            var unknownRequired = (uint)flags & 0xFFFF & ~3u;
            if (unknownRequired != 0) throw new WireFormatException($"OP_MSG has unknown required flag bits 0x{unknownRequired:x}.");
            var p = 4;
            BsonDocument? body = null;
            var sequences = new List<DocumentSequence>();
            while (p < end)
            {
                var kind = payload[p++];
                if (kind == 0)
                {
                    if (body is not null) throw new WireFormatException("OP_MSG has two kind-0 sections.");
                    body = BsonSerializer.DeserializeFirst(payload[p..end], out var used);
                    p += used;
                }
                else if (kind == 1)
                {
                    if (end - p < 4) throw new WireFormatException("OP_MSG document sequence size is truncated.");
                    var size = BinaryPrimitives.ReadInt32LittleEndian(payload[p..]);
                    if (size < 5 || size > end - p) throw new WireFormatException($"OP_MSG document sequence size {size} is invalid.");
                    var seqEnd = p + size;
                    var q = p + 4;
                    var nul = payload[q..seqEnd].IndexOf((byte)0);
                    if (nul < 0) throw new WireFormatException("OP_MSG document sequence identifier is not terminated.");
                    var id = System.Text.Encoding.UTF8.GetString(payload.Slice(q, nul));
                    q += nul + 1;
                    var docs = new List<BsonDocument>();
                    while (q < seqEnd)
                    {
                        docs.Add(BsonSerializer.DeserializeFirst(payload[q..seqEnd], out var used));
                        q += used;
                    }
                    sequences.Add(new DocumentSequence(id, docs));
                    p = seqEnd;
                }
                else
                {
                    throw new WireFormatException($"OP_MSG section kind {kind} is unknown.");
                }
            }
            return new OpMsg(body ?? throw new WireFormatException("OP_MSG has no kind-0 body."), sequences, flags);
        }
        catch (BsonFormatException ex)
        {
            throw new WireFormatException("OP_MSG holds malformed BSON: " + ex.Message, ex);
        }
    }
}
