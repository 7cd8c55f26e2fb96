using StudyGraph.Api.Context;
using StudyGraph.Api.Relay;
using StudyGraph.Domain.Accounts;
using StudyGraph.GraphQL.Execution;

namespace StudyGraph.Api.Accounts;

/// <summary>Loads users as <see cref="UserNode"/>s (for <c>me</c> and for <c>node(id:)</c>).</summary>
public static class UserNodes
{
    /// <summary>The signed-in user, or null for an anonymous request or a user deleted since the token was issued.</summary>
    public static async ValueTask<UserNode?> MeAsync(ResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Viewer() is not { } viewer) return null;
        var user = await context.GetRequiredService<IUserRepository>().FindByIdAsync(viewer.UserId, context.CancellationToken).ConfigureAwait(false);
        return user is null ? null : new UserNode(user);
    }

    /// <summary>
    /// The user with global or raw id <paramref name="id"/>, or null. Its private fields stay guarded by
    /// <see cref="UserNode.Private"/>, so any signed-in viewer may fetch the node but only its owner or an admin reads them.
    /// </summary>
    public static async ValueTask<UserNode?> FindAsync(ResolveFieldContext context, string id)
    {
        ArgumentNullException.ThrowIfNull(context);
        return GlobalId.Parse(id, "User") is { } rawId ? await FindByRawIdAsync(context, rawId).ConfigureAwait(false) : null;
    }

    /// <summary>The user with raw id <paramref name="rawId"/> (for <c>node(id:)</c>); <c>UNAUTHENTICATED</c> without a viewer.</summary>
    public static async ValueTask<UserNode?> FindByRawIdAsync(ResolveFieldContext context, string rawId)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RequireViewer();
        var user = await context.GetRequiredService<IUserRepository>().FindByIdAsync(rawId, context.CancellationToken).ConfigureAwait(false);
        return user is null ? null : new UserNode(user);
    }
}
