namespace StudyGraph.Domain.Accounts;

/// <summary>A plain-text e-mail.</summary>
/// <param name="To">Recipient address.</param>
/// <param name="Subject">Subject line (one line).</param>
/// <param name="Body">Plain-text body.</param>
/// <param name="Kind">What the message is for (<c>email-verification</c>, <c>password-reset</c>, ...), for filtering and tests.</param>
public sealed record EmailMessage(string To, string Subject, string Body, string Kind);
