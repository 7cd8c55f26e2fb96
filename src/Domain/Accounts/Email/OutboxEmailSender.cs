using System.Globalization;
using System.Text;

namespace StudyGraph.Domain.Accounts;

/// <summary>
/// Development adapter: writes each message as a <c>.eml</c> text file (headers, blank line, body) into a folder, so no
/// mail server is needed. File names sort by time: <c>yyyyMMdd'T'HHmmssfff-&lt;random&gt;.eml</c>.
/// </summary>
public sealed class OutboxEmailSender : IEmailSender
{
    private readonly string _folder;
    private readonly TimeProvider _time;
    private readonly IRandomBytes _random;

    /// <summary>Writes into <paramref name="folder"/> (created when missing).</summary>
    public OutboxEmailSender(string folder, TimeProvider? time = null, IRandomBytes? random = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _folder = folder;
        _time = time ?? TimeProvider.System;
        _random = random ?? SystemRandomBytes.Instance;
    }

    /// <summary>The folder messages are written to.</summary>
    public string Folder => _folder;

    /// <inheritdoc />
    public async ValueTask SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        Directory.CreateDirectory(_folder);
        var now = _time.GetUtcNow();
        var name = now.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture) + "-" + SecretToken.NewId(_random, 6) + ".eml";
        var text = new StringBuilder()
            .Append("Date: ").Append(now.ToString("r", CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("To: ").Append(OneLine(message.To)).Append("\r\n")
            .Append("Subject: ").Append(OneLine(message.Subject)).Append("\r\n")
            .Append("X-StudyGraph-Kind: ").Append(OneLine(message.Kind)).Append("\r\n")
            .Append("Content-Type: text/plain; charset=utf-8\r\n\r\n")
            .Append(message.Body.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal))
            .ToString();
        var path = Path.Combine(_folder, name);
        var temp = path + ".tmp";
        await File.WriteAllTextAsync(temp, text, new UTF8Encoding(false), ct).ConfigureAwait(false);
        File.Move(temp, path);
    }

    // Header injection guard: a value can never start a new header line.
    private static string OneLine(string value) => value.Replace('\r', ' ').Replace('\n', ' ');
}
