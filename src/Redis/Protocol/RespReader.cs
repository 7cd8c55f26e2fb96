using System.Buffers;

namespace StudyGraph.Redis;

/// <summary>Decodes RESP2/RESP3 frames from bytes already in memory.</summary>
public static class RespReader
{
    /// <summary>
    /// Decodes the first frame of <paramref name="buffer"/>. Returns false when the frame is incomplete (nothing consumed);
    /// throws <see cref="RedisProtocolException"/> when the bytes are not valid RESP.
    /// </summary>
    public static bool TryRead(ReadOnlySequence<byte> buffer, out RespValue value, out SequencePosition consumed)
    {
        var reader = new SequenceReader<byte>(buffer);
        if (RespParser.TryParse(ref reader, 0, out value))
        {
            consumed = reader.Position;
            return true;
        }
        consumed = buffer.Start;
        return false;
    }

    /// <summary>Decodes exactly one complete frame; throws <see cref="RedisProtocolException"/> when it is incomplete, malformed or followed by more bytes.</summary>
    public static RespValue ReadSingle(ReadOnlyMemory<byte> bytes)
    {
        var sequence = new ReadOnlySequence<byte>(bytes);
        if (!TryRead(sequence, out var value, out var consumed)) throw new RedisProtocolException($"incomplete RESP frame ({bytes.Length} bytes)");
        var rest = sequence.Slice(consumed).Length;
        if (rest != 0) throw new RedisProtocolException($"{rest} unexpected bytes after the RESP frame");
        return value;
    }
}
