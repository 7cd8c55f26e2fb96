using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Wire;

namespace StudyGraph.Mongo.Tests.Wire;

public sealed class OpMsgCodecTests
{
    [Fact]
    public void A_message_with_a_body_and_two_sequences_round_trips_and_merges_after_the_command_name()
    {
        var msg = new OpMsg(new BsonDocument { { "insert", "c" }, { "ordered", true }, { "$db", "d" } },
            [new DocumentSequence("documents", [new BsonDocument("_id", 1), new BsonDocument("_id", 2)]), new DocumentSequence("extra", [])]);
        using var w = new PooledBufferWriter();
        OpMsgCodec.Write(w, msg, requestId: 42, responseTo: 7);
        var bytes = w.ToArray();
        var header = MessageHeader.Read(bytes);
        Assert.Equal(new MessageHeader(bytes.Length, 42, 7, MongoOpCode.Msg), header);
        var back = OpMsgCodec.Parse(bytes.AsSpan(MessageHeader.Size));
        Assert.Equal(msg.Body, back.Body);
        Assert.Equal(["documents", "extra"], back.Sequences.Select(s => s.Identifier));
        Assert.Equal(2, back.Sequences[0].Documents.Count);
        Assert.Equal("{\"insert\":\"c\",\"documents\":[{\"_id\":{\"$numberInt\":\"1\"}},{\"_id\":{\"$numberInt\":\"2\"}}],\"extra\":[],\"ordered\":true,\"$db\":\"d\"}",
            back.MergedBody().ToString());
    }

    [Fact]
    public void A_checksum_is_tolerated()
    {
        var payload = Payload(new OpMsg(new BsonDocument("ok", 1)), OpMsgFlags.ChecksumPresent).Concat(new byte[] { 1, 2, 3, 4 }).ToArray();
        Assert.Equal(1, OpMsgCodec.Parse(payload).Body["ok"].AsInt32);
    }

    [Theory]
    [InlineData("unknown required flag bits", 4u, "")]
    [InlineData("section kind 2 is unknown", 0u, "02")]
    [InlineData("two kind-0 sections", 0u, "000500000000")]
    [InlineData("sequence size", 0u, "01ff000000")]
    public void Malformed_messages_raise_WireFormatException(string reason, uint flags, string extraHex)
    {
        var payload = Payload(new OpMsg(new BsonDocument("ok", 1)), (OpMsgFlags)flags).Concat(Convert.FromHexString(extraHex)).ToArray();
        var ex = Assert.Throws<WireFormatException>(() => OpMsgCodec.Parse(payload));
        Assert.Contains(reason, ex.Message);
    }

    [Fact]
    public void Malformed_bson_inside_a_message_is_a_WireFormatException_with_the_bson_detail()
    {
        var payload = Payload(new OpMsg(new BsonDocument("ok", 1)), 0);
        payload[^1] = 9; // the body's terminator
        var ex = Assert.Throws<WireFormatException>(() => OpMsgCodec.Parse(payload));
        Assert.IsType<BsonFormatException>(ex.InnerException);
    }

    private static byte[] Payload(OpMsg msg, OpMsgFlags flags)
    {
        using var w = new PooledBufferWriter();
        OpMsgCodec.Write(w, msg, 1);
        var bytes = w.ToArray()[MessageHeader.Size..];
        BitConverter.GetBytes((uint)flags).CopyTo(bytes, 0);
        return bytes;
    }
}
