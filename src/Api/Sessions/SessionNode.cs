using StudyGraph.Domain.Sessions;

namespace StudyGraph.Api.Sessions;

/// <summary>The parent value of the schema's <c>StudySession</c>: the aggregate as loaded (or as a mutation left it).</summary>
/// <param name="Session">The session.</param>
public sealed record SessionNode(StudySession Session)
{
    /// <summary>The session's global id.</summary>
    public string GlobalId => Relay.GlobalId.Encode("StudySession", Session.Id);
}
