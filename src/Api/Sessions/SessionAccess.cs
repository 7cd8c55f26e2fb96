using StudyGraph.Api.Context;
using StudyGraph.Api.Relay;
using StudyGraph.Domain.Ports;
using StudyGraph.Domain.Sessions;
using StudyGraph.GraphQL.Execution;

namespace StudyGraph.Api.Sessions;

/// <summary>Loads a session for the viewer: <c>UNAUTHENTICATED</c> without a token, <c>NOT_FOUND</c> when missing, <c>FORBIDDEN</c> when another learner's.</summary>
public static class SessionAccess
{
    /// <summary>The raw id of a session id argument (global id or raw id).</summary>
    public static string RawId(string id) =>
        GlobalId.Parse(id, "StudySession") ?? throw new GraphQLException($"'{id}' is not a study session id.", ErrorCodes.NotFound);

    /// <summary>The viewer's session <paramref name="id"/>.</summary>
    public static async ValueTask<(Viewer Viewer, StudySession Session)> LoadOwnAsync(ResolveFieldContext context, string id)
    {
        var viewer = context.RequireViewer();
        var raw = RawId(id);
        var session = await context.GetRequiredService<ISessionRepository>().GetAsync(raw, context.CancellationToken).ConfigureAwait(false)
            ?? throw new GraphQLException($"Study session '{id}' was not found.", ErrorCodes.NotFound);
        if (session.UserId != viewer.UserId)
            throw new GraphQLException("Forbidden: this study session belongs to another learner.", ErrorCodes.Forbidden);
        return (viewer, session);
    }
}
