using StudyGraph.Domain.Accounts;
using StudyGraph.GraphQL;
using StudyGraph.GraphQL.Execution;

namespace StudyGraph.Api.Context;

/// <summary>
/// What a resolver knows about its request: the viewer (or none) and the client's address, kept in the engine's
/// user-context dictionary under <see cref="ViewerKey"/> and <see cref="ClientKey"/>.
/// </summary>
public static class RequestContext
{
    /// <summary>The user-context key of the <see cref="Viewer"/> (absent when the request carries no valid token).</summary>
    public const string ViewerKey = "studygraph.viewer";

    /// <summary>The user-context key of the client's address (for rate limits).</summary>
    public const string ClientKey = "studygraph.client";

    /// <summary>Creates a user context.</summary>
    public static Dictionary<string, object?> Create(Viewer? viewer, string client) => new()
    {
        [ViewerKey] = viewer,
        [ClientKey] = client,
    };

    /// <summary>The viewer, or null for an anonymous request.</summary>
    public static Viewer? Viewer(this ResolveFieldContext context) =>
        context.UserContext.TryGetValue(ViewerKey, out var v) ? v as Viewer : null;

    /// <summary>The client's address, or "unknown".</summary>
    public static string Client(this ResolveFieldContext context) =>
        context.UserContext.TryGetValue(ClientKey, out var v) && v is string s ? s : "unknown";

    /// <summary>The viewer; an <c>UNAUTHENTICATED</c> error when the request carries no valid access token.</summary>
    public static Viewer RequireViewer(this ResolveFieldContext context) =>
        context.Viewer() ?? throw new GraphQLException("Sign in first: this field needs a valid access token (Authorization: Bearer ...).", ErrorCodes.Unauthenticated);

    /// <summary>The viewer when it has one of <paramref name="roles"/>; <c>UNAUTHENTICATED</c> or <c>FORBIDDEN</c> otherwise.</summary>
    public static Viewer RequireRole(this ResolveFieldContext context, params Role[] roles)
    {
        var viewer = context.RequireViewer();
        foreach (var role in roles)
        {
            if (viewer.IsInRole(role)) return viewer;
        }
        throw new GraphQLException($"Forbidden: this needs the role {string.Join(" or ", roles).ToUpperInvariant()}.", ErrorCodes.Forbidden);
    }
}
