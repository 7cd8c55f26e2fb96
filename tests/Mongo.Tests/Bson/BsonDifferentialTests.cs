using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Bson.Json;

namespace StudyGraph.Mongo.Tests.Bson;

/// <summary>Our BSON against the official npm `bson` package, both ways, over the committed corpus.</summary>
public sealed class BsonDifferentialTests(BsonOracleFixture oracle) : IClassFixture<BsonOracleFixture>
{
    [Fact]
    public void Corpus_covers_every_type_with_at_least_150_values()
    {
        Assert.True(BsonCorpus.Lines.Count >= 150, $"{BsonCorpus.Lines.Count} values");
        var seen = new HashSet<BsonType>();
        foreach (var line in BsonCorpus.Lines) Collect(ExtendedJsonReader.ReadDocument(line), seen);
        BsonType[] expected =
        [
            BsonType.Double, BsonType.String, BsonType.Document, BsonType.Array, BsonType.Binary, BsonType.ObjectId, BsonType.Boolean,
            BsonType.DateTime, BsonType.Null, BsonType.RegularExpression, BsonType.JavaScript, BsonType.Symbol, BsonType.JavaScriptWithScope,
            BsonType.Int32, BsonType.Timestamp, BsonType.Int64, BsonType.Decimal128, BsonType.MinKey, BsonType.MaxKey,
        ];
        Assert.Empty(expected.Except(seen));
    }

    [Fact]
    public void Our_canonical_text_round_trips_every_corpus_line()
    {
        var failures = new List<string>();
        foreach (var line in BsonCorpus.Lines)
        {
            var back = ExtendedJsonWriter.Write(BsonSerializer.Deserialize(BsonCorpus.Encode(line)));
            if (back != line) failures.Add($"expected {line}\n     got {back}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public void Bson_package_decodes_our_bytes_to_our_canonical_and_relaxed_json()
    {
        var failures = new List<string>();
        for (var i = 0; i < BsonCorpus.Lines.Count; i++)
        {
            var ours = BsonSerializer.Deserialize(Convert.FromHexString(oracle.CorpusHex[i]));
            var theirs = oracle.CorpusResults[i]["fromHex"];
            Compare(failures, i, "canonical", ExtendedJsonWriter.Write(ours, ExtendedJsonMode.Canonical), BsonOracleFixture.Str(theirs, "canonical") ?? BsonOracleFixture.Str(theirs, "error"));
            Compare(failures, i, "relaxed", ExtendedJsonWriter.Write(ours, ExtendedJsonMode.Relaxed), BsonOracleFixture.Str(theirs, "relaxed") ?? BsonOracleFixture.Str(theirs, "error"));
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public void We_decode_the_bson_packages_bytes_to_its_canonical_json()
    {
        var failures = new List<string>();
        for (var i = 0; i < BsonCorpus.Lines.Count; i++)
        {
            var theirs = oracle.CorpusResults[i]["fromEjson"];
            var hex = BsonOracleFixture.Str(theirs, "hex");
            if (hex is null)
            {
                failures.Add($"#{i + 1} bson could not encode: {BsonOracleFixture.Str(theirs, "error")}");
                continue;
            }
            var ours = ExtendedJsonWriter.Write(BsonSerializer.Deserialize(Convert.FromHexString(hex)));
            Compare(failures, i, "decode of bson bytes", ours, BsonOracleFixture.Str(theirs, "canonical"));
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public void Our_bytes_equal_the_bson_packages_bytes()
    {
        var failures = new List<string>();
        for (var i = 0; i < BsonCorpus.Lines.Count; i++)
        {
            Compare(failures, i, "bytes", oracle.CorpusHex[i], BsonOracleFixture.Str(oracle.CorpusResults[i]["fromEjson"], "hex"));
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public void Malformed_inputs_are_rejected_by_both_with_a_BsonFormatException()
    {
        Assert.True(oracle.Malformed.Count > 500);
        var failures = new List<string>();
        for (var i = 0; i < oracle.Malformed.Count; i++)
        {
            var (name, hex) = oracle.Malformed[i];
            var theirs = BsonOracleFixture.Str(oracle.MalformedResults[i], "error");
            string? ours = null;
            try
            {
                BsonSerializer.Deserialize(Convert.FromHexString(hex));
            }
            catch (BsonFormatException ex)
            {
                ours = ex.Message;
                if (ex.Offset < 0 || ex.Offset > hex.Length / 2) failures.Add($"{name}: offset {ex.Offset} outside the input");
            }
            if (ours is null) failures.Add($"{name}: we accepted {hex}");
            if (theirs is null) failures.Add($"{name}: bson accepted {hex}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
    }

    [Fact]
    public void Random_numbers_and_dates_format_like_javascript_in_both_modes()
    {
        var failures = new List<string>();
        for (var i = 0; i < oracle.RandomNumbers.Count; i++)
        {
            var ours = BsonSerializer.Deserialize(Convert.FromHexString(oracle.RandomNumbers[i]));
            var theirs = oracle.RandomNumberResults[i];
            foreach (var mode in new[] { ExtendedJsonMode.Canonical, ExtendedJsonMode.Relaxed })
            {
                var expected = BsonOracleFixture.Str(theirs, mode == ExtendedJsonMode.Canonical ? "canonical" : "relaxed");
                var actual = ExtendedJsonWriter.Write(ours, mode);
                if (actual != expected) failures.Add($"{mode}\n   ours   {actual}\n   theirs {expected}");
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} differences:\n" + string.Join("\n", failures.Take(10)));
    }

    private void Compare(List<string> failures, int i, string what, string ours, string? theirs)
    {
        if (ours != theirs) failures.Add($"#{i + 1} {what}: {BsonCorpus.Lines[i]}\n   ours   {ours}\n   theirs {theirs}");
    }

    private static void Collect(BsonDocument doc, HashSet<BsonType> seen)
    {
        foreach (var e in doc) Collect(e.Value, seen);
    }

    private static void Collect(BsonValue v, HashSet<BsonType> seen)
    {
        seen.Add(v.Type);
        if (v.Type == BsonType.Document) Collect(v.AsDocument, seen);
        if (v.Type == BsonType.Array) foreach (var item in v.AsArray) Collect(item, seen);
        if (v.Type == BsonType.JavaScriptWithScope) Collect(v.AsJavaScriptWithScope.Scope, seen);
    }
}
