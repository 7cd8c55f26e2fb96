using StudyGraph.Api.Context;
using StudyGraph.Domain.Accounts;
using StudyGraph.GraphQL.Execution;

namespace StudyGraph.Api.Accounts;

/// <summary>
/// The parent value of <c>User</c>. Its private fields (everything but <c>id</c> and <c>displayName</c>) are readable by
/// the user themself and by admins; <paramref name="Granted"/> marks a user the request just proved to be (the user of a
/// register, login, refresh or verification payload, whose request carries no access token yet).
/// </summary>
/// <param name="User">The account.</param>
/// <param name="Granted">Whether the private fields are readable regardless of the viewer.</param>
public sealed record UserNode(User User, bool Granted = false)
{
    /// <summary>The global id (<c>User:rawId</c>).</summary>
    public string GlobalId => Relay.GlobalId.Encode("User", User.Id);

    /// <summary>
    /// Checks that the request may read this user's private fields: the user themself or an admin
    /// (<c>UNAUTHENTICATED</c> without a viewer, <c>FORBIDDEN</c> for anyone else).
    /// </summary>
    /// <exception cref="GraphQLException">The viewer may not read them.</exception>
    public User Private(ResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Granted) return User;
        var viewer = context.RequireViewer();
        if (viewer.UserId == User.Id || viewer.IsInRole(Role.Admin)) return User;
        throw new GraphQLException("Forbidden: only this user or an admin may read this field.", ErrorCodes.Forbidden);
    }
}
