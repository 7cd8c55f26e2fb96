using System.Text.Json;
using System.Text.Json.Nodes;
using StudyGraph.Testing;

namespace StudyGraph.Mongo.Tests.Bson;

/// <summary>Runs tests/oracle/mongo/bson.js once for the whole corpus and the malformed inputs.</summary>
public sealed class BsonOracleFixture
{
    public BsonOracleFixture()
    {
        CorpusHex = BsonCorpus.Lines.Select(l => Convert.ToHexStringLower(BsonCorpus.Encode(l))).ToList();
        Malformed = [.. BsonCorpus.HandMadeMalformed];
        for (var i = 0; i < CorpusHex.Count; i++)
        {
            var bytes = Convert.FromHexString(CorpusHex[i]);
            Malformed.Add(($"corpus {i + 1} truncated by one byte", Convert.ToHexStringLower(bytes[..^1])));
            var longer = (byte[])bytes.Clone();
            BitConverter.TryWriteBytes(longer.AsSpan(0, 4), bytes.Length + 1);
            Malformed.Add(($"corpus {i + 1} declared one byte longer", Convert.ToHexStringLower(longer)));
            var bad = (byte[])bytes.Clone();
            bad[^1] = 1;
            Malformed.Add(($"corpus {i + 1} without its terminator", Convert.ToHexStringLower(bad)));
        }

        // Random doubles and int64s (fixed seed) exercise the JavaScript number formatting of both EJSON modes.
        var rng = new Random(7677);
        RandomNumbers = [];
        for (var i = 0; i < 2000; i++)
        {
            var bits = rng.NextInt64(long.MinValue, long.MaxValue);
            var doc = new StudyGraph.Mongo.Bson.BsonDocument
            {
                { "d", BitConverter.Int64BitsToDouble(bits) },
                { "s", Math.Round(rng.NextDouble() * Math.Pow(10, rng.Next(-12, 25)), rng.Next(0, 8)) },
                { "l", bits >> rng.Next(0, 63) },
                { "t", StudyGraph.Mongo.Bson.BsonValue.FromDateTimeMilliseconds(rng.NextInt64(-62135596800000, 253402318800000 + 100000)) },
            };
            RandomNumbers.Add(Convert.ToHexStringLower(StudyGraph.Mongo.Bson.BsonSerializer.Serialize(doc)));
        }

        var input = new JsonArray();
        for (var i = 0; i < BsonCorpus.Lines.Count; i++) input.Add(new JsonObject { ["ejson"] = BsonCorpus.Lines[i], ["hex"] = CorpusHex[i] });
        foreach (var (_, hex) in Malformed) input.Add(new JsonObject { ["hex"] = hex });
        foreach (var hex in RandomNumbers) input.Add(new JsonObject { ["hex"] = hex });
        var output = JsonNode.Parse(NodeOracle.Run("mongo/bson.js", input.ToJsonString()))!.AsArray();
        CorpusResults = output.Take(BsonCorpus.Lines.Count).Select(n => n!.AsObject()).ToList();
        MalformedResults = output.Skip(BsonCorpus.Lines.Count).Take(Malformed.Count).Select(n => n!["fromHex"]!.AsObject()).ToList();
        RandomNumberResults = output.Skip(BsonCorpus.Lines.Count + Malformed.Count).Select(n => n!["fromHex"]!.AsObject()).ToList();
    }

    public List<string> CorpusHex { get; }

    public List<(string Name, string Hex)> Malformed { get; }

    public List<JsonObject> CorpusResults { get; }

    public List<JsonObject> MalformedResults { get; }

    public List<string> RandomNumbers { get; }

    public List<JsonObject> RandomNumberResults { get; }

    public static string? Str(JsonNode? n, string key) => n?[key]?.GetValue<string>();
}
