using StudyGraph.Api.Errors;

namespace StudyGraph.Api.Sessions;

/// <summary>The parent value of the session payloads (start, actions, flag).</summary>
/// <param name="Session">The session, or null when it could not be started.</param>
/// <param name="Errors">Expected failures.</param>
public sealed record SessionPayload(SessionNode? Session, IReadOnlyList<UserError> Errors);
