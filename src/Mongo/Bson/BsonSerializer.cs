using System.Buffers;
using System.Buffers.Binary;

namespace StudyGraph.Mongo.Bson;

/// <summary>Encodes and decodes BSON documents.</summary>
public static class BsonSerializer
{
    /// <summary>The deepest nesting the encoder writes (guards against a document that contains itself).</summary>
    public const int MaxEncodeDepth = 200;

    /// <summary>Encodes <paramref name="document"/> to a new array.</summary>
    public static byte[] Serialize(BsonDocument document)
    {
        using var w = new PooledBufferWriter();
        Serialize(document, w);
        return w.ToArray();
    }

    /// <summary>Appends the encoding of <paramref name="document"/> to <paramref name="output"/>.</summary>
    public static void Serialize(BsonDocument document, PooledBufferWriter output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        BsonEncoder.WriteDocument(output, document, 0, MaxEncodeDepth);
    }

    /// <summary>Appends the encoding of <paramref name="document"/> to any buffer writer.</summary>
    public static void Serialize(BsonDocument document, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (output is PooledBufferWriter pooled)
        {
            Serialize(document, pooled);
            return;
        }
        using var w = new PooledBufferWriter();
        Serialize(document, w);
        output.Write(w.WrittenSpan);
    }

    /// <summary>Decodes one document that occupies all of <paramref name="bytes"/>.</summary>
    /// <exception cref="BsonFormatException">The bytes are not exactly one well-formed document.</exception>
    public static BsonDocument Deserialize(ReadOnlySpan<byte> bytes, BsonReaderOptions? options = null)
    {
        var doc = DeserializeFirst(bytes, out var consumed, options);
        if (consumed != bytes.Length) throw new BsonFormatException($"{bytes.Length - consumed} bytes follow the document", consumed);
        return doc;
    }

    /// <summary>Decodes the document at the start of <paramref name="bytes"/>; <paramref name="consumed"/> is its length.</summary>
    /// <exception cref="BsonFormatException">The bytes do not start with a well-formed document.</exception>
    public static BsonDocument DeserializeFirst(ReadOnlySpan<byte> bytes, out int consumed, BsonReaderOptions? options = null)
    {
        var decoder = new BsonDecoder(bytes, (options ?? BsonReaderOptions.Default).MaxDepth);
        var pos = 0;
        var doc = decoder.ReadDocument(ref pos, bytes.Length, 0);
        consumed = pos;
        return doc;
    }

    /// <summary>Reads the declared length of the document at the start of <paramref name="bytes"/> (-1 when fewer than 4 bytes).</summary>
    public static int PeekLength(ReadOnlySpan<byte> bytes) => bytes.Length < 4 ? -1 : BinaryPrimitives.ReadInt32LittleEndian(bytes);
}
