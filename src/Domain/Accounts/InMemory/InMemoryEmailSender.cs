namespace StudyGraph.Domain.Accounts;

/// <summary>Keeps sent messages in a list; for tests.</summary>
public sealed class InMemoryEmailSender : IEmailSender
{
    private readonly List<EmailMessage> _sent = [];

    /// <summary>A snapshot of every message sent so far, oldest first.</summary>
    public IReadOnlyList<EmailMessage> Sent
    {
        get { lock (_sent) return _sent.ToArray(); }
    }

    /// <inheritdoc />
    public ValueTask SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        lock (_sent) _sent.Add(message);
        return ValueTask.CompletedTask;
    }
}
