namespace StudyGraph.Mongo.Wire;

/// <summary>Reads whole wire messages from a stream.</summary>
public static class WireStream
{
    /// <summary>The largest message we accept (the server's maxMessageSizeBytes is 48,000,000).</summary>
    public const int MaxMessageSize = 48_000_000;

    /// <summary>Reads one message; returns its header and payload (the bytes after the header), or null at end of stream.</summary>
    /// <exception cref="WireFormatException">The declared length is impossible.</exception>
    /// <exception cref="EndOfStreamException">The stream ended inside a message.</exception>
    public static async ValueTask<(MessageHeader Header, byte[] Payload)?> ReadMessageAsync(Stream stream, CancellationToken ct)
    {
        var head = new byte[MessageHeader.Size];
        var first = await stream.ReadAtLeastAsync(head, MessageHeader.Size, throwOnEndOfStream: false, ct).ConfigureAwait(false);
        if (first == 0) return null;
        if (first < MessageHeader.Size) throw new EndOfStreamException("The connection closed inside a message header.");
        var header = MessageHeader.Read(head);
        if (header.MessageLength < MessageHeader.Size || header.MessageLength > MaxMessageSize)
            throw new WireFormatException($"Message length {header.MessageLength} is out of range.");
        var payload = new byte[header.MessageLength - MessageHeader.Size];
        await stream.ReadExactlyAsync(payload, ct).ConfigureAwait(false);
        return (header, payload);
    }
}
