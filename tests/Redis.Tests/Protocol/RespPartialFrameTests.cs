using System.Buffers;
using System.IO.Pipelines;
using static StudyGraph.Redis.Tests.Protocol.RespHarness;

namespace StudyGraph.Redis.Tests.Protocol;

public class RespPartialFrameTests
{
    private static readonly RespValue Sample = RespValue.Array(
        RespValue.BulkString("a\r\nb"),
        RespValue.Map(RespValue.SimpleString("k"), RespValue.FromDouble(-0.5)),
        RespValue.Push(RespValue.FromInteger(123456), RespValue.NullBulkString, RespValue.Null),
        RespValue.Verbatim("mkd", "# title"),
        RespValue.BigNumber("12345678901234567890"),
        RespValue.Set(RespValue.FromBoolean(true)),
        RespValue.NullArray,
        RespValue.Error("ERR x"));

    [Fact]
    public void Every_proper_prefix_is_incomplete_and_never_consumes()
    {
        var bytes = RespWriter.ToBytes(Sample);

        for (var length = 0; length < bytes.Length; length++)
        {
            var complete = RespReader.TryRead(new ReadOnlySequence<byte>(bytes, 0, length), out _, out var consumed);
            Assert.False(complete, $"a prefix of {length} of {bytes.Length} bytes was taken as complete");
            Assert.Equal(0, consumed.GetInteger());
        }
    }

    [Fact]
    public void A_frame_split_into_two_segments_at_every_byte_decodes_the_same()
    {
        var bytes = RespWriter.ToBytes(Sample);

        for (var at = 1; at < bytes.Length; at++)
        {
            Assert.True(RespReader.TryRead(Split(bytes, at), out var value, out _), $"split at {at}");
            Assert.Equal(Sample, value);
        }
    }

    [Fact]
    public async Task The_stream_reader_assembles_frames_written_one_byte_at_a_time()
    {
        var pipe = new Pipe();
        var reader = new RespStreamReader(pipe.Reader);
        var bytes = RespWriter.ToBytes(Sample).Concat(Bytes("+second\r\n")).ToArray();

        var writing = Task.Run(async () =>
        {
            foreach (var b in bytes)
            {
                await pipe.Writer.WriteAsync(new[] { b });
            }
            await pipe.Writer.CompleteAsync();
        });

        Assert.Equal(Sample, await reader.ReadAsync());
        Assert.Equal("second", (await reader.ReadAsync())!.AsString());
        Assert.Null(await reader.ReadAsync());
        await writing;
    }

    [Fact]
    public async Task The_stream_reader_reads_a_five_megabyte_payload_arriving_in_odd_chunks()
    {
        var payload = new byte[5 * 1024 * 1024];
        new Random(11).NextBytes(payload);
        var bytes = RespWriter.ToBytes(RespValue.BulkString(payload));
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 0));
        var reader = new RespStreamReader(pipe.Reader);

        var writing = Task.Run(async () =>
        {
            for (var offset = 0; offset < bytes.Length; offset += 7919)
            {
                await pipe.Writer.WriteAsync(bytes.AsMemory(offset, Math.Min(7919, bytes.Length - offset)));
            }
            await pipe.Writer.CompleteAsync();
        });

        var value = await reader.ReadAsync();
        await writing;

        Assert.Equal(payload, value!.Bytes.ToArray());
    }
}
