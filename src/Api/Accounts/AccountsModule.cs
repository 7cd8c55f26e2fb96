using StudyGraph.Api.Catalog;
using StudyGraph.Api.Schema;
using StudyGraph.Domain.Accounts;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.Api.Accounts;

/// <summary><c>Query.me</c>, the <c>User</c> type (private fields for the user and admins only), <c>StudyPreferences</c> and <c>Role</c>.</summary>
public sealed class AccountsModule : IResolverModule
{
    /// <inheritdoc />
    public void Register(SchemaBuilder schema)
    {
        lock (NodeModule.ExtraTypeNames)
        {
            NodeModule.ExtraTypeNames.TryAdd(typeof(UserNode), "User");
            NodeModule.ExtraFetchers.TryAdd("User", async (c, rawId) => await UserNodes.FindByRawIdAsync(c, rawId).ConfigureAwait(false));
        }
        schema.Root("Query", "me", UserNodes.MeAsync);

        schema.For<UserNode>("User")
            .Field("id", u => u.GlobalId)
            .Field("displayName", u => u.User.DisplayName)
            .Field("email", (u, c) => u.Private(c).Email)
            .Field("roles", (u, c) => u.Private(c).Roles)
            .Field("emailVerified", (u, c) => u.Private(c).EmailVerified)
            .Field("createdAt", (u, c) => u.Private(c).CreatedAt)
            .Field("preferences", (u, c) => u.Private(c).Preferences)
            .FieldAsync("bookmarks", (u, c) => UserBookmarks.ListAsync(c, u.Private(c).Id))
            .FieldAsync("goals", (u, c) => UserGoals.ListAsync(c, u.Private(c)));

        schema.For<StudyPreferences>("StudyPreferences")
            .Field("timeZone", p => p.TimeZone)
            .Field("defaultQuestionCount", p => p.DefaultQuestionCount)
            .Field("poolShare", p => p.PoolShare);

        schema.BindEnum<Role>("Role");
    }
}
