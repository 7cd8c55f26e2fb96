using StudyGraph.Domain.Sessions;

namespace StudyGraph.Api.Sessions;

/// <summary>The parent value of <c>SessionProgressEvent</c>: the session after the change and the answer that caused it.</summary>
/// <param name="Session">The session (reloaded after the change).</param>
/// <param name="Progress">The progress carried by the event.</param>
/// <param name="LastAnswer">The answer that caused the event, or null for other changes.</param>
public sealed record ProgressEvent(SessionNode Session, SessionProgress Progress, AnswerOutcomeNode? LastAnswer);
