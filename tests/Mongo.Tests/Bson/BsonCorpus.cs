using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Bson.Json;
using StudyGraph.Testing;

namespace StudyGraph.Mongo.Tests.Bson;

/// <summary>The committed canonical-EJSON corpus and the malformed inputs derived from it.</summary>
public static class BsonCorpus
{
    public static IReadOnlyList<string> Lines { get; } = File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "Mongo.Tests", "Bson", "Corpus", "values.jsonl"))
        .Where(l => l.Length > 0).ToList();

    public static byte[] Encode(string canonicalJson) => BsonSerializer.Serialize(ExtendedJsonReader.ReadDocument(canonicalJson));

    /// <summary>Hand-made malformed documents (name, hex): each one breaks one rule of the BSON grammar.</summary>
    public static IReadOnlyList<(string Name, string Hex)> HandMadeMalformed { get; } =
    [
        ("empty input", ""),
        ("length only", "05000000"),
        ("declared length below 5", "0400000000"),
        ("negative declared length", "ffffffff00"),
        ("declared length beyond the buffer", "0600000000"),
        ("missing document terminator", "0e00000002780002000000610001"),
        ("unknown type byte 0x14", "0c000000147800010000000000"),
        ("unknown type byte 0x80", "0c000000807800010000000000"),
        ("unknown type byte 0x20", "0c000000207800010000000000"),
        ("terminator before the declared end", "0a0000000000000000"),
        ("string length zero", "0e00000002780000000000610000"),
        ("string length past the document", "0e00000002780003000000610000"),
        ("string length negative", "0e000000027800feffffff610000"),
        ("string not NUL-terminated", "0e00000002780002000000616200"),
        ("string invalid UTF-8 (c3 28)", "0f0000000278000300000063c32800"[..0] + "0f00000002780003000000c3280000"),
        ("string overlong NUL (c0 80)", "0f00000002780003000000c0800000"),
        ("string UTF-16 surrogate (ed a0 80)", "1000000002780004000000eda0800000"),
        ("string byte f5", "0e00000002780002000000f50000"),
        ("string lone continuation byte", "0e00000002780002000000800000"),
        ("string truncated 4-byte sequence", "1000000002780004000000f09f980000"),
        ("boolean byte 2", "0900000008780002" + "00"),
        ("int32 truncated", "0a000000107800010000"),
        ("double truncated", "0e00000001780000000000000000"),
        ("int64 truncated", "0e00000012780000000000000000"),
        ("ObjectId truncated", "0f000000077800000000000000000000"),
        ("decimal128 truncated", "13000000137800000000000000000000000000"),
        ("embedded document length too long", "0d000000037800060000000000"),
        ("embedded document length too short", "0d000000037800040000000000"),
        ("embedded document missing terminator", "0d000000037800050000000100"),
        ("array length too long", "0d000000047800060000000000"),
        ("array element truncated", "15000000047800" + "0c000000" + "1030000100" + "00" + "0000"),
        ("field name not terminated", "08000000" + "0a7879" + "00"),
        ("binary negative length", "0d000000057800ffffffff0000"),
        ("binary length past the document", "0e0000000578000a00000000ff00"),
        ("binary subtype 2 inner length too long", "1300000005780006000000020300000061620000"[..0] + "12000000057800060000000203000000616200"),
        ("binary subtype 2 inner length too short", "12000000057800060000000201000000616200"),
        ("regex pattern not terminated", "09000000" + "0b7800" + "6162" + "00"),
        ("code with scope total too short", "1a0000000f78000c0000000200000061000500000000" + "0000"),
        ("trailing bytes after the document", "050000000000"),
        ("timestamp truncated", "0c000000117800000000000000"),
        ("DBPointer id truncated", "14000000" + "0c7800" + "02000000" + "6100" + "0102030405" + "00"),
    ];
}
