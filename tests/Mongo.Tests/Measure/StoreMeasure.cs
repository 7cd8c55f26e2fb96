#:project ../../../src/Storage/StudyGraph.Storage.csproj
#:property PublishAot=false
// Client-side cost of the Mongo document store per operation, without a server: JSON -> BSON bytes (what an insert
// or replace encodes), BSON bytes -> JSON (what a get decodes), and a page query's filter/keyset/sort translation.
// Not a test: run it by hand, briefly (Release):
//   dotnet run -c Release tests/Mongo.Tests/Measure/StoreMeasure.cs
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using StudyGraph.Mongo.Bson;
using StudyGraph.Storage.Documents;
using StudyGraph.Storage.Mongo;

// A study-session-shaped document: ids, counters, a queue, and an answer trail with nested presentations.
var session = new StringBuilder();
session.Append("{\"id\":\"s-0001\",\"userId\":\"u-42\",\"mode\":\"PRACTICE\",\"status\":\"ACTIVE\",\"startedAt\":\"2026-03-01T09:00:00+00:00\",\"version\":7,\"seed\":123456789,");
session.Append("\"examIds\":[\"aws-saa-c03\"],\"fresh\":[");
for (var i = 0; i < 30; i++) session.Append(i == 0 ? "" : ",").Append("\"q-").Append(i).Append('"');
session.Append("],\"wrongPool\":[{\"questionId\":\"q-3\",\"remaining\":2,\"since\":\"2026-03-01T09:05:00+00:00\"}],\"answers\":[");
for (var i = 0; i < 15; i++)
{
    session.Append(i == 0 ? "" : ",").Append("{\"questionId\":\"q-").Append(i).Append("\",\"chosen\":[\"c1\"],\"correct\":").Append(i % 3 != 0 ? "true" : "false")
        .Append(",\"at\":\"2026-03-01T09:0").Append(i % 10).Append(":00+00:00\",\"elapsedMs\":").Append(1200 + i * 37)
        .Append(",\"order\":[\"c3\",\"c1\",\"c4\",\"c2\"],\"ratio\":").Append(0.25 * i).Append('}');
}
session.Append("]}");
var json = Encoding.UTF8.GetBytes(session.ToString());
var bson = BsonSerializer.Serialize(new BsonDocument { { "_id", "s-0001" }, { "v", 7 }, { "d", ToBson(json) } });
Console.WriteLine($"document: {json.Length} B JSON, {bson.Length} B stored BSON");

var order = new[] { SortKey.Desc("startedAt"), SortKey.Asc("status") };
var where = DocumentFilter.And(DocumentFilter.Eq("userId", "u-42"), DocumentFilter.Field("mode", FilterOperator.In, new[] { "PRACTICE", "TIMED" }),
    DocumentFilter.Field("status", FilterOperator.StartsWith, "ACT"));
var cursor = CursorCodec.Encode(json, order, "s-0001");

Measure("encode (JSON -> stored BSON bytes)", () => BsonSerializer.Serialize(new BsonDocument { { "_id", "s-0001" }, { "v", 7 }, { "d", ToBson(json) } }).Length);
Measure("decode (stored BSON bytes -> JSON)", () => ToJson(BsonSerializer.Deserialize(bson)).Length);
Measure("page query (filter + keyset + sort -> BSON)", () =>
{
    var (values, id) = CursorCodec.Decode(cursor, order);
    var filter = MongoQueryTranslator.Combine([MongoQueryTranslator.Filter(where), MongoQueryTranslator.After(order, values, id, reverse: false)]);
    return BsonSerializer.Serialize(new BsonDocument { { "find", "sessions" }, { "filter", filter }, { "sort", MongoQueryTranslator.Sort(order, false) } }).Length;
});
Measure("atomic update (3 changes -> pipeline BSON)", () => BsonSerializer.Serialize(new BsonDocument("u", new BsonArray(
    MongoUpdateTranslator.Pipeline([FieldUpdate.Inc("answered", 1L), FieldUpdate.Inc("timeMs", 1234L), FieldUpdate.Max("best", 7L)], new BsonDocument("id", "st-1"))
        .Select(s => (BsonValue)s)))).Length);

static BsonDocument ToBson(byte[] json) => MongoDocumentCodec.FromJson(json);

static byte[] ToJson(BsonDocument stored) => MongoDocumentCodec.ToJson(stored["d"].AsDocument);

static void Measure(string name, Func<int> op)
{
    var sink = 0;
    for (var i = 0; i < 2_000; i++) sink += op();
    var samples = new List<double>();
    long bytes = 0, ops = 0;
    for (var round = 0; round < 7; round++)
    {
        const int n = 5_000;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < n; i++) sink += op();
        sw.Stop();
        bytes += GC.GetAllocatedBytesForCurrentThread() - before;
        ops += n;
        samples.Add(sw.Elapsed.TotalMicroseconds / n);
    }
    samples.Sort();
    Console.WriteLine($"{name,-46} median {samples[3],7:F2} µs  min {samples[0],7:F2} µs  {bytes / ops,7} B/op  ({sink % 7})");
}
