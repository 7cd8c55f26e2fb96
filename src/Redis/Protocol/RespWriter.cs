using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace StudyGraph.Redis;

/// <summary>Encodes RESP: commands (arrays of bulk strings) and, for tests and tools, any <see cref="RespValue"/>.</summary>
public static class RespWriter
{
    /// <summary>Writes a command as an array of bulk strings.</summary>
    public static void WriteCommand(IBufferWriter<byte> output, ReadOnlySpan<RedisArgument> arguments)
    {
        WriteHeader(output, (byte)'*', arguments.Length);
        foreach (var argument in arguments) argument.WriteTo(output);
    }

    /// <summary>Writes <paramref name="value"/> in its own RESP2/RESP3 form.</summary>
    public static void Write(IBufferWriter<byte> output, RespValue value)
    {
        switch (value.Type)
        {
            case RespType.BulkString when value.IsNull: WriteRaw(output, "$-1\r\n"u8); return;
            case RespType.Array when value.IsNull: WriteRaw(output, "*-1\r\n"u8); return;
            case RespType.Null: WriteRaw(output, "_\r\n"u8); return;
            case RespType.SimpleString: WriteLine(output, (byte)'+', value.Bytes.Span); return;
            case RespType.Error: WriteLine(output, (byte)'-', value.Bytes.Span); return;
            case RespType.BigNumber: WriteLine(output, (byte)'(', value.Bytes.Span); return;
            case RespType.Integer: WriteHeader(output, (byte)':', value.Integer); return;
            case RespType.Boolean: WriteRaw(output, value.Boolean ? "#t\r\n"u8 : "#f\r\n"u8); return;
            case RespType.Double: WriteLine(output, (byte)',', Encoding.ASCII.GetBytes(FormatDouble(value.Double))); return;
            case RespType.BulkString: WriteBulk(output, (byte)'$', value.Bytes.Span); return;
            case RespType.BlobError: WriteBulk(output, (byte)'!', value.Bytes.Span); return;
            case RespType.VerbatimString:
                WriteHeader(output, (byte)'=', value.Bytes.Length + 4);
                WriteRaw(output, Encoding.ASCII.GetBytes(value.VerbatimFormat + ":"));
                WriteRaw(output, value.Bytes.Span);
                WriteRaw(output, "\r\n"u8);
                return;
            default:
                var prefix = value.Type switch { RespType.Set => (byte)'~', RespType.Push => (byte)'>', RespType.Map => (byte)'%', _ => (byte)'*' };
                var items = value.Items;
                WriteHeader(output, prefix, value.Type == RespType.Map ? items.Count / 2 : items.Count);
                for (var i = 0; i < items.Count; i++) Write(output, items[i]);
                return;
        }
    }

    /// <summary>Encodes <paramref name="value"/> into a new array.</summary>
    public static byte[] ToBytes(RespValue value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Write(buffer, value);
        return buffer.WrittenSpan.ToArray();
    }

    internal static void WriteBulk(IBufferWriter<byte> output, byte prefix, ReadOnlySpan<byte> payload)
    {
        WriteHeader(output, prefix, payload.Length);
        WriteRaw(output, payload);
        WriteRaw(output, "\r\n"u8);
    }

    internal static void WriteHeader(IBufferWriter<byte> output, byte prefix, long number)
    {
        var span = output.GetSpan(24);
        span[0] = prefix;
        Utf8Formatter.TryFormat(number, span[1..], out var written);
        span[1 + written] = (byte)'\r';
        span[2 + written] = (byte)'\n';
        output.Advance(3 + written);
    }

    internal static void WriteRaw(IBufferWriter<byte> output, ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var span = output.GetSpan(Math.Min(bytes.Length, 64 * 1024));
            var n = Math.Min(span.Length, bytes.Length);
            bytes[..n].CopyTo(span);
            output.Advance(n);
            bytes = bytes[n..];
        }
    }

    private static void WriteLine(IBufferWriter<byte> output, byte prefix, ReadOnlySpan<byte> line)
    {
        if (line.IndexOfAny((byte)'\r', (byte)'\n') >= 0) throw new ArgumentException("a simple string, error or number line cannot contain CR or LF");
        output.GetSpan(1)[0] = prefix;
        output.Advance(1);
        WriteRaw(output, line);
        WriteRaw(output, "\r\n"u8);
    }

    private static string FormatDouble(double d) =>
        double.IsPositiveInfinity(d) ? "inf" : double.IsNegativeInfinity(d) ? "-inf" : double.IsNaN(d) ? "nan" : d.ToString("R", CultureInfo.InvariantCulture);
}
