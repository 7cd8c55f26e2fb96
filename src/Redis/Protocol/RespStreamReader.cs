using System.IO.Pipelines;

namespace StudyGraph.Redis;

/// <summary>Reads RESP frames one at a time from a <see cref="PipeReader"/>, however the bytes are split across reads.</summary>
public sealed class RespStreamReader
{
    private readonly PipeReader _reader;

    /// <summary>Creates a reader over <paramref name="reader"/>.</summary>
    public RespStreamReader(PipeReader reader) => _reader = reader;

    /// <summary>Creates a reader over a stream, reading through pooled buffers.</summary>
    public RespStreamReader(Stream stream) : this(PipeReader.Create(stream, new StreamPipeReaderOptions(minimumReadSize: 16 * 1024, leaveOpen: true))) { }

    /// <summary>
    /// The next frame, or null when the peer closed the connection between frames.
    /// Throws <see cref="RedisProtocolException"/> for malformed bytes or a connection closed in the middle of a frame.
    /// </summary>
    public async ValueTask<RespValue?> ReadAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var result = await _reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (!buffer.IsEmpty)
            {
                bool complete;
                RespValue value;
                SequencePosition consumed;
                try
                {
                    complete = RespReader.TryRead(buffer, out value, out consumed);
                }
                catch
                {
                    _reader.AdvanceTo(buffer.Start, buffer.End);
                    throw;
                }
                if (complete)
                {
                    _reader.AdvanceTo(consumed);
                    return value;
                }
            }
            if (result.IsCompleted || result.IsCanceled)
            {
                var left = buffer.Length;
                _reader.AdvanceTo(buffer.End);
                if (left == 0) return null;
                throw new RedisProtocolException($"the connection closed in the middle of a RESP frame ({left} bytes of an incomplete frame)");
            }
            _reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }
}
