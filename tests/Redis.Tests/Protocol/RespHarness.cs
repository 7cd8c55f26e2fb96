using System.Buffers;
using System.Text;

namespace StudyGraph.Redis.Tests.Protocol;

/// <summary>Tiny helpers so codec tests read as one line of intent.</summary>
internal static class RespHarness
{
    internal static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    internal static RespValue Parse(string text) => RespReader.ReadSingle(Bytes(text));

    internal static RespValue RoundTrip(RespValue value) => RespReader.ReadSingle(RespWriter.ToBytes(value));

    internal static string Command(params RedisArgument[] args)
    {
        var buffer = new ArrayBufferWriter<byte>();
        RespWriter.WriteCommand(buffer, args);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A sequence made of two segments split at <paramref name="at"/>.</summary>
    internal static ReadOnlySequence<byte> Split(byte[] bytes, int at)
    {
        var first = new Segment(bytes.AsMemory(0, at));
        var last = first.Append(bytes.AsMemory(at));
        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory) => Memory = memory;

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }
}
