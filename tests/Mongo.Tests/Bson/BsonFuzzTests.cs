using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Bson.Json;

namespace StudyGraph.Mongo.Tests.Bson;

public sealed class BsonFuzzTests
{
    [Fact]
    public void Twenty_thousand_mutated_documents_raise_only_BsonFormatException()
    {
        var seeds = BsonCorpus.Lines.Select(BsonCorpus.Encode).ToArray();
        var rng = new Random(20261122);
        int rejected = 0, accepted = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var input = Mutate(seeds[rng.Next(seeds.Length)], rng);
            try
            {
                var doc = BsonSerializer.Deserialize(input);
                accepted++;
                // Whatever we accept must re-encode and decode to the same value.
                var again = BsonSerializer.Deserialize(BsonSerializer.Serialize(doc));
                Assert.Equal(ExtendedJsonWriter.Write(doc), ExtendedJsonWriter.Write(again));
            }
            catch (BsonFormatException ex)
            {
                rejected++;
                Assert.InRange(ex.Offset, 0, input.Length);
            }
        }
        // The mutations must exercise both outcomes, or the fuzz proves nothing.
        Assert.True(rejected > 10_000, $"{rejected} rejected");
        Assert.True(accepted > 500, $"{accepted} accepted");
    }

    private static byte[] Mutate(byte[] source, Random rng)
    {
        var b = new List<byte>(source);
        var count = 1 + rng.Next(3);
        for (var k = 0; k < count && b.Count > 0; k++)
        {
            var at = rng.Next(b.Count);
            switch (rng.Next(7))
            {
                case 0: b[at] = (byte)rng.Next(256); break;
                case 1: b[at] ^= (byte)(1 << rng.Next(8)); break;
                case 2: b.RemoveRange(at, b.Count - at); break;
                case 3: b.Insert(at, (byte)rng.Next(256)); break;
                case 4: b.RemoveAt(at); break;
                case 5:
                    int[] edges = [0, -1, 1, 4, 5, int.MaxValue, int.MinValue, b.Count, b.Count + 1, b.Count - at];
                    var v = BitConverter.GetBytes(edges[rng.Next(edges.Length)]);
                    for (var j = 0; j < 4 && at + j < b.Count; j++) b[at + j] = v[j];
                    break;
                default:
                    // Mutate a byte but keep the outer length consistent, so the damage is found deeper inside.
                    b[at] = (byte)rng.Next(256);
                    var len = BitConverter.GetBytes(b.Count);
                    for (var j = 0; j < 4 && j < b.Count; j++) b[j] = len[j];
                    break;
            }
        }
        return [.. b];
    }
}
