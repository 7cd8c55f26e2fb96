using System.Text.Json;
using StudyGraph.Api.Tests.Support;
using static StudyGraph.Api.Tests.Accounts.AccountCalls;

namespace StudyGraph.Api.Tests.Accounts;

public sealed class ProfileAndBookmarkTests(AccountsApi api) : IClassFixture<AccountsApi>
{
    private ApiHost Host => api.Host;

    [Fact]
    public async Task Update_profile_changes_name_and_preferences_and_names_a_bad_field()
    {
        var (access, _, _) = await SignUpAsync(Host);
        const string update = "mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { user { displayName preferences { timeZone defaultQuestionCount poolShare } } errors { code ... on ValidationError { field } } } }";
        var (_, body) = await Host.PostAsync(update, new { input = new { displayName = "Grace", timeZone = "Europe/Berlin", poolShare = 0.3 } }, access);
        var payload = Field(body, "updateProfile");
        NoErrors(payload);
        Assert.Equal("Grace", payload.GetProperty("user").GetProperty("displayName").GetString());
        Assert.Equal("Europe/Berlin", payload.GetProperty("user").GetProperty("preferences").GetProperty("timeZone").GetString());
        Assert.Equal(0.3, payload.GetProperty("user").GetProperty("preferences").GetProperty("poolShare").GetDouble());

        var (_, bad) = await Host.PostAsync(update, new { input = new { defaultQuestionCount = 0 } }, access);
        var refused = Field(bad, "updateProfile");
        Assert.Equal("VALIDATION", ErrorCode(refused));
        Assert.Equal("input.defaultQuestionCount", refused.GetProperty("errors")[0].GetProperty("field").GetString());
        var (_, me) = await Host.PostAsync("{ me { preferences { defaultQuestionCount } } }", token: access);
        Assert.Equal(20, Field(me, "me").GetProperty("preferences").GetProperty("defaultQuestionCount").GetInt32());
    }

    [Fact]
    public async Task Bookmarking_shows_in_question_bookmarked_and_in_the_users_bookmarks_newest_first()
    {
        var (access, _, _) = await SignUpAsync(Host);
        var (_, list) = await Host.PostAsync("{ questions(first: 3) { nodes { id bookmarked } } }", token: access);
        var nodes = Field(list, "questions").GetProperty("nodes");
        Assert.False(nodes[0].GetProperty("bookmarked").GetBoolean());
        var ids = new[] { nodes[0].GetProperty("id").GetString()!, nodes[1].GetProperty("id").GetString()! };
        const string bookmark = "mutation($input: BookmarkQuestionInput!) { bookmarkQuestion(input: $input) { question { id bookmarked } errors { code } } }";
        foreach (var id in ids)
        {
            var (_, body) = await Host.PostAsync(bookmark, new { input = new { questionId = id } }, access);
            var payload = Field(body, "bookmarkQuestion");
            NoErrors(payload);
            Assert.True(payload.GetProperty("question").GetProperty("bookmarked").GetBoolean());
        }

        var (_, mine) = await Host.PostAsync("{ me { bookmarks(first: 1) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }", token: access);
        var page = Field(mine, "me").GetProperty("bookmarks");
        Assert.Equal(2, page.GetProperty("totalCount").GetInt32());
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(ids[1], page.GetProperty("nodes")[0].GetProperty("id").GetString());
        var (_, next) = await Host.PostAsync("query($after: String) { me { bookmarks(first: 5, after: $after) { nodes { id } pageInfo { hasNextPage } } } }",
            new { after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString() }, access);
        var rest = Field(next, "me").GetProperty("bookmarks");
        Assert.Equal(ids[0], rest.GetProperty("nodes")[0].GetProperty("id").GetString());
        Assert.False(rest.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var (_, removed) = await Host.PostAsync(bookmark, new { input = new { questionId = ids[0], bookmarked = false } }, access);
        Assert.False(Field(removed, "bookmarkQuestion").GetProperty("question").GetProperty("bookmarked").GetBoolean());
        var (_, other) = await Host.PostAsync("query($id: ID!) { question(id: $id) { bookmarked } }", new { id = ids[1] }, (await SignUpAsync(Host)).Access);
        Assert.False(Field(other, "question").GetProperty("bookmarked").GetBoolean());

        var (_, missing) = await Host.PostAsync(bookmark, new { input = new { questionId = "no-such-question" } }, access);
        Assert.Equal("NOT_FOUND", ErrorCode(Field(missing, "bookmarkQuestion")));
    }

    [Fact]
    public async Task Export_returns_the_profile_as_json_and_delete_needs_the_password_then_removes_the_account()
    {
        var email = NewEmail();
        var (access, refresh, _) = await SignUpAsync(Host, email);
        var (_, exported) = await Host.PostAsync("mutation { exportMyData { data errors { code } } }", token: access);
        var data = Field(exported, "exportMyData").GetProperty("data");
        Assert.Equal(email, data.GetProperty("profile").GetProperty("email").GetString());
        Assert.DoesNotContain("passwordHash", data.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(JsonValueKind.Array, data.GetProperty("sections").ValueKind);

        const string delete = "mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { success errors { code } } }";
        var (_, wrong) = await Host.PostAsync(delete, new { input = new { password = "not my password" } }, access);
        Assert.Equal("INVALID_CREDENTIALS", ErrorCode(Field(wrong, "deleteMyAccount")));
        var (_, done) = await Host.PostAsync(delete, new { input = new { password = Password } }, access);
        Assert.True(Field(done, "deleteMyAccount").GetProperty("success").GetBoolean(), done.ToString());

        var (_, me) = await Host.PostAsync("{ me { id } }", token: access);
        Assert.Equal(JsonValueKind.Null, Field(me, "me").ValueKind);
        Assert.Equal("INVALID_CREDENTIALS", ErrorCode(await LoginAsync(Host, email)));
        Assert.Equal("TOKEN_INVALID", ErrorCode(await RefreshAsync(Host, refresh)));
    }
}
