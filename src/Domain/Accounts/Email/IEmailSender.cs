namespace StudyGraph.Domain.Accounts;

/// <summary>Port for sending e-mail. The default adapter is <see cref="OutboxEmailSender"/>.</summary>
public interface IEmailSender
{
    /// <summary>Sends (or queues) <paramref name="message"/>.</summary>
    ValueTask SendAsync(EmailMessage message, CancellationToken ct = default);
}
