using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Wire;

namespace StudyGraph.Mongo.Tests.Wire;

public sealed class OpMsgFuzzTests
{
    [Fact]
    public void Mutated_messages_raise_only_WireFormatException()
    {
        var seeds = new List<byte[]>();
        foreach (var line in Bson.BsonCorpus.Lines.Take(60))
        {
            var doc = Bson.BsonCorpus.Encode(line);
            using var w = new PooledBufferWriter();
            OpMsgCodec.Write(w, new OpMsg(BsonSerializer.Deserialize(doc), [new DocumentSequence("documents", [new BsonDocument("_id", 1), BsonSerializer.Deserialize(doc)])]), 1);
            seeds.Add(w.ToArray()[MessageHeader.Size..]);
        }
        var rng = new Random(5802);
        int rejected = 0, accepted = 0;
        for (var n = 0; n < 5000; n++)
        {
            var m = (byte[])seeds[rng.Next(seeds.Count)].Clone();
            var changes = 1 + rng.Next(3);
            for (var k = 0; k < changes; k++) m[rng.Next(m.Length)] = (byte)rng.Next(256);
            if (rng.Next(4) == 0) m = m[..rng.Next(m.Length)];
            try
            {
                OpMsgCodec.Parse(m);
                accepted++;
            }
            catch (WireFormatException)
            {
                rejected++;
            }
        }
        Assert.True(rejected > 1000 && accepted > 100, $"{rejected} rejected, {accepted} accepted");
    }
}
