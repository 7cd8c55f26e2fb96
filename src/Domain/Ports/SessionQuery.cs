using StudyGraph.Domain.Sessions;

namespace StudyGraph.Domain.Ports;

/// <summary>A typed filter over one learner's sessions, newest first.</summary>
/// <param name="UserId">The learner.</param>
/// <param name="Status">Only sessions in this status.</param>
public sealed record SessionQuery(string UserId, SessionStatus? Status = null);
