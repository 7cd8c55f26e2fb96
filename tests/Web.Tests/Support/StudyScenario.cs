using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StudyGraph.Domain.Accounts;

namespace StudyGraph.Web.Tests.Support;

/// <summary>What the browser suites need from the API: an author who can watch an exam, and a learner with a question to answer.</summary>
public sealed record StudyScenario(
    string AuthorEmail,
    string AuthorPassword,
    string AuthorToken,
    string ExamId,
    string LearnerToken,
    string SessionId,
    string QuestionId,
    IReadOnlyList<string> ChoiceIds)
{
    public const string ExamSlug = "aws-saa-c03";
    private const string Password = "correct-horse-battery-staple-42";

    /// <summary>Registers an author (promoted through the account service, then signed in again) and a learner who starts a practice session.</summary>
    public static async Task<StudyScenario> CreateAsync(BrowserApi api)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var authorEmail = $"author-{tag}@example.test";
        await RegisterAsync(api, authorEmail, "Dana Author");
        var users = api.Services.GetRequiredService<IUserRepository>();
        var author = await users.FindByEmailAsync(authorEmail) ?? throw new InvalidOperationException("the registered author is not in the store");
        var promoted = await api.Services.GetRequiredService<AccountService>().SetRolesAsync(author.Id, [Role.Learner, Role.Author]);
        Assert.True(promoted.IsSuccess, "could not make the user an author");
        var login = await api.GraphQLAsync(
            "mutation($input: LoginInput!) { login(input: $input) { accessToken errors { message } } }",
            new { input = new { email = authorEmail, password = Password } });
        var authorToken = login.GetProperty("login").GetProperty("accessToken").GetString()!;

        var examId = (await api.GraphQLAsync("query($id: ID!) { exam(id: $id) { id } }", new { id = ExamSlug }))
            .GetProperty("exam").GetProperty("id").GetString()!;

        var learnerToken = await RegisterAsync(api, $"learner-{tag}@example.test", "Lee Learner");
        var started = await api.GraphQLAsync(
            """
            mutation($input: StartSessionInput!) {
              startSession(input: $input) { session { id currentQuestion { id choices { id } } } errors { message } }
            }
            """,
            new { input = new { examIds = new[] { examId }, mode = "PRACTICE", questionCount = 5 } },
            learnerToken);
        var session = started.GetProperty("startSession").GetProperty("session");
        var question = session.GetProperty("currentQuestion");
        var firstChoice = question.GetProperty("choices")[0].GetProperty("id").GetString()!;
        return new StudyScenario(authorEmail, Password, authorToken, examId, learnerToken,
            session.GetProperty("id").GetString()!, question.GetProperty("id").GetString()!, [firstChoice]);
    }

    /// <summary>The answer as the Node scripts send it: { token, sessionId, questionId, choiceIds }.</summary>
    public object Answer => new { token = LearnerToken, sessionId = SessionId, questionId = QuestionId, choiceIds = ChoiceIds };

    private static async Task<string> RegisterAsync(BrowserApi api, string email, string displayName)
    {
        var data = await api.GraphQLAsync(
            "mutation($input: RegisterInput!) { register(input: $input) { accessToken errors { message } } }",
            new { input = new { email, password = Password, displayName } });
        var payload = data.GetProperty("register");
        if (payload.GetProperty("accessToken").ValueKind != JsonValueKind.String)
            throw new InvalidOperationException("register failed: " + payload.GetRawText());
        return payload.GetProperty("accessToken").GetString()!;
    }
}
