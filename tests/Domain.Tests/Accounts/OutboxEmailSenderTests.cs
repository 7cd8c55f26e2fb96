using StudyGraph.Domain.Accounts;

namespace StudyGraph.Domain.Tests.Accounts;

public sealed class OutboxEmailSenderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sg-outbox-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Each_message_becomes_one_eml_file_with_headers_and_body()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero));
        var sender = new OutboxEmailSender(_folder, clock, new SeededRandomBytes(3));
        await sender.SendAsync(new EmailMessage("ada@example.com", "Hello\r\nBcc: evil@example.com", "Line 1\nLine 2", "test"));
        await sender.SendAsync(new EmailMessage("bob@example.com", "Second", "Body", "test"));

        var files = Directory.GetFiles(_folder, "*.eml").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(2, files.Length);
        Assert.StartsWith("20260301T093000000-", Path.GetFileName(files[0]), StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync(files.Single(f => File.ReadAllText(f).Contains("ada@", StringComparison.Ordinal)));
        Assert.Contains("To: ada@example.com\r\n", text, StringComparison.Ordinal);
        Assert.Contains("Subject: Hello  Bcc: evil@example.com\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r\nBcc:", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\nLine 1\r\nLine 2", text, StringComparison.Ordinal);
    }
}
