using System.Text.Json;
using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Bson.Json;

namespace StudyGraph.Storage.Mongo;

/// <summary>
/// The JSON documents of the store as BSON (the <c>d</c> field) and back. Written by System.Text.Json with its
/// default escaping, a document comes back byte for byte (integers stay integers, doubles print shortest).
/// </summary>
public static class MongoDocumentCodec
{
    /// <summary>A JSON object as a BSON document.</summary>
    /// <exception cref="ArgumentException">The bytes are not a JSON object.</exception>
    public static BsonDocument FromJson(ReadOnlyMemory<byte> json, string what = "document")
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) throw new ArgumentException($"The {what} must be a JSON object.");
            return BsonJsonMapper.FromJson(doc.RootElement);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"The {what} is not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>A BSON document as UTF-8 JSON.</summary>
    public static byte[] ToJson(BsonDocument document)
    {
        // A pooled buffer: the returned array is the only allocation besides the writer.
        using var buffer = new PooledBufferWriter(4096);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            BsonJsonMapper.WriteJson(writer, document);
        }
        return buffer.ToArray();
    }
}
