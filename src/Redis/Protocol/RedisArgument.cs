using System.Buffers;
using System.Text;

namespace StudyGraph.Redis;

/// <summary>One argument of a command, sent as a bulk string: text (UTF-8), bytes, or an integer.</summary>
public readonly struct RedisArgument
{
    private readonly string? _text;
    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly long _number;
    private readonly byte _kind; // 0 bytes, 1 text, 2 number

    private RedisArgument(string? text, ReadOnlyMemory<byte> bytes, long number, byte kind)
    {
        _text = text;
        _bytes = bytes;
        _number = number;
        _kind = kind;
    }

    /// <summary>A text argument, sent as UTF-8.</summary>
    public static implicit operator RedisArgument(string text) => new(text ?? throw new ArgumentNullException(nameof(text)), default, 0, 1);

    /// <summary>A binary argument (not copied: keep it unchanged until the command is written).</summary>
    public static implicit operator RedisArgument(ReadOnlyMemory<byte> bytes) => new(null, bytes, 0, 0);

    /// <summary>A binary argument (not copied: keep it unchanged until the command is written).</summary>
    public static implicit operator RedisArgument(byte[] bytes) => new(null, bytes, 0, 0);

    /// <summary>An integer argument, sent as its decimal text.</summary>
    public static implicit operator RedisArgument(long number) => new(null, default, number, 2);

    /// <summary>The argument as text, for messages.</summary>
    public override string ToString() => _kind switch { 1 => _text!, 2 => _number.ToString(System.Globalization.CultureInfo.InvariantCulture), _ => Encoding.UTF8.GetString(_bytes.Span) };

    internal void WriteTo(IBufferWriter<byte> output)
    {
        switch (_kind)
        {
            case 1:
                var length = Encoding.UTF8.GetByteCount(_text!);
                RespWriter.WriteHeader(output, (byte)'$', length);
                if (length <= 4096)
                {
                    var span = output.GetSpan(length + 2);
                    Encoding.UTF8.GetBytes(_text, span);
                    span[length] = (byte)'\r';
                    span[length + 1] = (byte)'\n';
                    output.Advance(length + 2);
                }
                else
                {
                    RespWriter.WriteRaw(output, Encoding.UTF8.GetBytes(_text!));
                    RespWriter.WriteRaw(output, "\r\n"u8);
                }
                return;
            case 2:
                Span<byte> digits = stackalloc byte[24];
                System.Buffers.Text.Utf8Formatter.TryFormat(_number, digits, out var written);
                RespWriter.WriteBulk(output, (byte)'$', digits[..written]);
                return;
            default:
                RespWriter.WriteBulk(output, (byte)'$', _bytes.Span);
                return;
        }
    }
}
