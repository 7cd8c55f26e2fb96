// Compiled only where the benchmark project references src/Mongo (StudyGraph.Benchmarks.csproj does not yet:
// add <ProjectReference Include="../../src/Mongo/StudyGraph.Mongo.csproj" /> and <DefineConstants>$(DefineConstants);STUDYGRAPH_MONGO</DefineConstants>).
#if STUDYGRAPH_MONGO
using BenchmarkDotNet.Attributes;
using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Bson.Json;

namespace StudyGraph.Benchmarks;

/// <summary>BSON encode/decode of a typical StudyGraph study-session document (about 2 KB).</summary>
[MemoryDiagnoser]
public class BsonBenchmarks
{
    private readonly PooledBufferWriter _buffer = new(4096);
    private BsonDocument _session = null!;
    private byte[] _bytes = null!;

    /// <summary>Builds the session document once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var queue = new BsonArray();
        for (var i = 0; i < 20; i++) queue.Add($"aws-saa-c03-q{i:D4}");
        var wrong = new BsonArray();
        for (var i = 0; i < 3; i++)
        {
            wrong.Add(new BsonDocument { { "questionId", $"aws-saa-c03-q{i * 7:D4}" }, { "remaining", 2 }, { "since", BsonValue.FromDateTimeMilliseconds(1_700_000_000_000 + i * 60_000) } });
        }
        var answers = new BsonArray();
        for (var i = 0; i < 15; i++)
        {
            answers.Add(new BsonDocument
            {
                { "questionId", $"aws-saa-c03-q{i:D4}" },
                { "choiceIds", new BsonArray { "a", "c" } },
                { "order", new BsonArray { "c", "a", "d", "b" } },
                { "firstTry", i % 3 != 0 },
                { "at", BsonValue.FromDateTimeMilliseconds(1_700_000_000_000 + i * 45_000) },
                { "ms", 5_000 + i * 123 },
            });
        }
        _session = new BsonDocument
        {
            { "_id", "01HQZXSESSION0000000000001" },
            { "userId", "u-4711" },
            { "examIds", new BsonArray { "aws-saa-c03", "az-104" } },
            { "mode", "PRACTICE" },
            { "status", "ACTIVE" },
            { "version", 17L },
            { "rng", new BsonDocument { { "seed", 1234567890123L }, { "draws", 42 } } },
            { "startedAt", BsonValue.FromDateTimeMilliseconds(1_700_000_000_000) },
            { "deadline", BsonValue.Null },
            { "queue", queue },
            { "wrongPool", wrong },
            { "answers", answers },
            { "progress", new BsonDocument { { "planned", 40 }, { "cleared", 15 }, { "firstTryCorrect", 10 }, { "accuracy", 0.6667 } } },
        };
        _bytes = BsonSerializer.Serialize(_session);
    }

    /// <summary>Encode into a reused pooled buffer.</summary>
    [Benchmark]
    public int Encode()
    {
        _buffer.Clear();
        BsonSerializer.Serialize(_session, _buffer);
        return _buffer.WrittenCount;
    }

    /// <summary>Decode with full validation.</summary>
    [Benchmark]
    public int Decode() => BsonSerializer.Deserialize(_bytes).Count;

    /// <summary>Canonical Extended JSON (diagnostics path).</summary>
    [Benchmark]
    public int CanonicalExtendedJson() => ExtendedJsonWriter.Write(_session).Length;
}
#endif
