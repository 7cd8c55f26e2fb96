using System.Text;
using StudyGraph.Domain.Catalog.Import;
using StudyGraph.Mongo.Bson;
using StudyGraph.Storage.Adapters;
using StudyGraph.Storage.Mongo;
using StudyGraph.Storage.Sqlite;
using StudyGraph.Storage.Tests.Mongo.Support;
using StudyGraph.Testing;

namespace StudyGraph.Storage.Tests.Mongo;

/// <summary>Documents survive the trip JSON -> BSON bytes (as stored in d) -> JSON byte for byte.</summary>
public sealed class MongoDocumentCodecTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("studygraph-codec-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { /* best effort */ }
    }

    private static byte[] RoundTrip(byte[] json)
    {
        var stored = BsonSerializer.Serialize(new BsonDocument { { "_id", "x" }, { "v", 1 }, { "d", MongoDocumentCodec.FromJson(json) } });
        return MongoDocumentCodec.ToJson(BsonSerializer.Deserialize(stored)["d"].AsDocument);
    }

    [Fact]
    public async Task Every_catalog_document_the_seed_import_writes_comes_back_byte_for_byte()
    {
        await using var store = await SqliteDocumentStore.OpenAsync(new SqliteStoreOptions { Path = Path.Combine(_dir, "seed.db") });
        var providers = new RecordingCollection(await store.OpenAsync(DocumentProviderRepository.Definition));
        var exams = new RecordingCollection(await store.OpenAsync(DocumentExamRepository.Definition));
        var questions = new RecordingCollection(await store.OpenAsync(DocumentQuestionRepository.Definition));
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "seed"), "*.json").Order(StringComparer.Ordinal)
            .Select(p => new BankFile(Path.GetFileName(p), File.ReadAllText(p))).ToList();
        var report = await new BankImporter(new DocumentProviderRepository(providers), new DocumentExamRepository(exams), new DocumentQuestionRepository(questions))
            .ImportAsync(files);
        Assert.True(report.AllAccepted);

        var written = providers.Written.Concat(exams.Written).Concat(questions.Written).ToList();
        Assert.True(written.Count > 300, $"only {written.Count} documents written");
        foreach (var json in written) Assert.Equal(Encoding.UTF8.GetString(json), Encoding.UTF8.GetString(RoundTrip(json)));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"a\":[],\"b\":{},\"c\":null,\"d\":[null,true,false,[1,[2]],{\"e\":\"f\"}]}")]
    [InlineData("{\"i\":2147483647,\"j\":-2147483648,\"k\":2147483648,\"l\":-9223372036854775808,\"m\":9223372036854775807}")]
    [InlineData("{\"x\":0.1,\"y\":-2.5,\"z\":1E+300,\"w\":5E-324,\"big\":1E+20,\"tiny\":1.0000000000000002}")]
    public void Json_shapes_round_trip_exactly(string json)
    {
        Assert.Equal(json, Encoding.UTF8.GetString(RoundTrip(Encoding.UTF8.GetBytes(json))));
    }

    [Fact]
    public void Strings_as_System_Text_Json_escapes_them_round_trip_exactly()
    {
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?>
        {
            ["s"] = "café ✓ 😀 \"q\" \\ \n\t\0 <b> & ' +",
            ["$dollar"] = "$x",
            ["dotted.key"] = 1,
            ["ünï"] = new[] { "\u2028", "\uFFFF", "" },
        });
        Assert.Equal(Encoding.UTF8.GetString(json), Encoding.UTF8.GetString(RoundTrip(json)));
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    [InlineData("{\"a\":")]
    [InlineData("")]
    public void Anything_but_a_json_object_is_refused(string json)
    {
        Assert.Throws<ArgumentException>(() => MongoDocumentCodec.FromJson(Encoding.UTF8.GetBytes(json)));
    }
}
