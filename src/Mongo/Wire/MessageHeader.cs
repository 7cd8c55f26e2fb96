using System.Buffers.Binary;

namespace StudyGraph.Mongo.Wire;

/// <summary>The 16-byte header in front of every wire message.</summary>
/// <param name="MessageLength">Total length including the header.</param>
/// <param name="RequestId">Identifier chosen by the sender.</param>
/// <param name="ResponseTo">The request this message answers (0 for requests).</param>
/// <param name="OpCode">The message type.</param>
public readonly record struct MessageHeader(int MessageLength, int RequestId, int ResponseTo, MongoOpCode OpCode)
{
    /// <summary>The header size in bytes.</summary>
    public const int Size = 16;

    /// <summary>Reads a header from 16 bytes.</summary>
    public static MessageHeader Read(ReadOnlySpan<byte> b) => new(
        BinaryPrimitives.ReadInt32LittleEndian(b),
        BinaryPrimitives.ReadInt32LittleEndian(b[4..]),
        BinaryPrimitives.ReadInt32LittleEndian(b[8..]),
        (MongoOpCode)BinaryPrimitives.ReadInt32LittleEndian(b[12..]));

    /// <summary>Writes the header into 16 bytes.</summary>
    public void Write(Span<byte> b)
    {
        BinaryPrimitives.WriteInt32LittleEndian(b, MessageLength);
        BinaryPrimitives.WriteInt32LittleEndian(b[4..], RequestId);
        BinaryPrimitives.WriteInt32LittleEndian(b[8..], ResponseTo);
        BinaryPrimitives.WriteInt32LittleEndian(b[12..], (int)OpCode);
    }
}
