using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StudyGraph.Api.Context;
using StudyGraph.Api.Relay;
using StudyGraph.Api.Tests.Support;
using StudyGraph.Domain.Accounts;
using StudyGraph.Domain.Ports;

namespace StudyGraph.Api.Tests.Sessions;

public sealed class SessionFlowTests(SharedApi api) : IClassFixture<SharedApi>
{
    private const string Start = """
        mutation($input: StartSessionInput!) {
          startSession(input: $input) {
            errors { __typename message code ... on ValidationError { field } }
            session { id mode status currentQuestion { id text type choices { id text } correctChoiceIds explanation }
                      currentAttemptKind progress { planned answered attempts penaltyIndicator { text } } }
          }
        }
        """;

    private const string Answer = """
        mutation($input: SubmitAnswerInput!) {
          submitAnswer(input: $input) {
            correct feedbackHidden nextAction explanation correctChoiceIds
            penaltyIndicator { text extraQuestions extraTries }
            nextQuestion { id choices { id } correctChoiceIds }
            progress { planned cleared firstTryCorrect answered attempts wrongPoolSize outstandingTries completion penaltyIndicator { text } }
            session { id status currentQuestion { id } currentAttemptKind }
          }
        }
        """;

    private ApiHost Host => api.Host;

    private static Viewer Learner(string id) => new(id, [Role.Learner]);

    private async Task<IReadOnlyList<string>> CorrectAsync(string questionGlobalId)
    {
        var raw = GlobalId.Parse(questionGlobalId, "Question")!;
        var q = await Host.Services.GetRequiredService<IQuestionRepository>().GetAsync(raw);
        return q!.CorrectChoiceIds;
    }

    [Fact]
    public async Task A_whole_session_retries_a_wrong_answer_with_shuffled_choices_and_clears_the_pool_after_two_more_correct_answers()
    {
        var me = Learner("flow-" + Guid.NewGuid().ToString("N"));
        var started = await Host.ExecuteAsync(Start, new { input = new { examIds = new[] { "aws-saa-c03" }, mode = "PRACTICE", questionCount = 3 } }, me);
        var payload = started.GetProperty("data").GetProperty("startSession");
        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());
        var session = payload.GetProperty("session");
        var sessionId = session.GetProperty("id").GetString()!;
        Assert.Equal("FRESH", session.GetProperty("currentAttemptKind").GetString());
        var current = session.GetProperty("currentQuestion");
        // The learner never sees the key before answering.
        Assert.Equal(JsonValueKind.Null, current.GetProperty("correctChoiceIds").ValueKind);
        Assert.Equal(JsonValueKind.Null, current.GetProperty("explanation").ValueKind);
        Assert.Equal(3, session.GetProperty("progress").GetProperty("planned").GetInt32());

        // 1. A wrong answer: the same question again, choices in another order, the pool shows (+1 Question @ 2 Tries).
        var firstId = current.GetProperty("id").GetString()!;
        var firstOrder = current.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToArray();
        var correct = await CorrectAsync(firstId);
        var wrong = firstOrder.First(c => !correct.Contains(c));
        var r = (await Host.ExecuteAsync(Answer, new { input = new { sessionId, questionId = firstId, choiceIds = new[] { wrong } } }, me))
            .GetProperty("data").GetProperty("submitAnswer");
        Assert.False(r.GetProperty("correct").GetBoolean());
        Assert.False(r.GetProperty("feedbackHidden").GetBoolean());
        Assert.Equal("RETRY_SAME_QUESTION", r.GetProperty("nextAction").GetString());
        Assert.Equal(JsonValueKind.Null, r.GetProperty("correctChoiceIds").ValueKind);
        Assert.Equal(JsonValueKind.Null, r.GetProperty("explanation").ValueKind);
        Assert.Equal("(+1 Question @ 2 Tries)", r.GetProperty("penaltyIndicator").GetProperty("text").GetString());
        Assert.Equal(1, r.GetProperty("penaltyIndicator").GetProperty("extraQuestions").GetInt32());
        Assert.Equal(2, r.GetProperty("penaltyIndicator").GetProperty("extraTries").GetInt32());
        var next = r.GetProperty("nextQuestion");
        Assert.Equal(firstId, next.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, next.GetProperty("correctChoiceIds").ValueKind);
        var secondOrder = next.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToArray();
        Assert.NotEqual(firstOrder, secondOrder);
        Assert.Equal(firstOrder.Order(), secondOrder.Order());
        Assert.Equal("IMMEDIATE_RETRY", r.GetProperty("session").GetProperty("currentAttemptKind").GetString());

        // 2. Answer everything right from here on; the pool entry needs two more correct answers after the re-ask.
        var answers = 1;
        var sawPoolQuestionAgain = 0;
        string? action = null;
        for (var guard = 0; guard < 20 && action != "SESSION_COMPLETE"; guard++)
        {
            var session2 = r.GetProperty("session");
            var qid = session2.GetProperty("currentQuestion").GetProperty("id").GetString()!;
            if (qid == firstId) sawPoolQuestionAgain++;
            r = (await Host.ExecuteAsync(Answer, new { input = new { sessionId, questionId = qid, choiceIds = await CorrectAsync(qid) } }, me))
                .GetProperty("data").GetProperty("submitAnswer");
            answers++;
            Assert.True(r.GetProperty("correct").GetBoolean());
            // Once answered correctly, the key and the explanation are shown.
            Assert.Equal((await CorrectAsync(qid)).Order(), r.GetProperty("correctChoiceIds").EnumerateArray().Select(c => c.GetString()!).Order());
            Assert.False(string.IsNullOrEmpty(r.GetProperty("explanation").GetString()));
            action = r.GetProperty("nextAction").GetString();
        }
        Assert.Equal("SESSION_COMPLETE", action);
        // The re-ask, then two later correct answers from the pool.
        Assert.Equal(3, sawPoolQuestionAgain);
        var progress = r.GetProperty("progress");
        Assert.Equal(0, progress.GetProperty("wrongPoolSize").GetInt32());
        Assert.Equal(JsonValueKind.Null, progress.GetProperty("penaltyIndicator").ValueKind);
        Assert.Equal(3, progress.GetProperty("cleared").GetInt32());
        Assert.Equal(2, progress.GetProperty("firstTryCorrect").GetInt32());
        Assert.Equal(answers, progress.GetProperty("attempts").GetInt32());
        Assert.Equal(1.0, progress.GetProperty("completion").GetDouble());
        Assert.Equal("COMPLETED", r.GetProperty("session").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, r.GetProperty("nextQuestion").ValueKind);

        // The report shows the trail of the missed question and the penalty history.
        var report = await Host.ExecuteAsync("""
            query($id: ID!) { sessionReport(sessionId: $id) {
              session { status } topics { topic { name } answered firstTryCorrect }
              questions { question { id correctChoiceIds } firstTryCorrect trail { kind answeredCorrectly choiceIds } }
              penaltyHistory { extraQuestions extraTries text } } }
            """, new { id = sessionId }, me);
        var rep = report.GetProperty("data").GetProperty("sessionReport");
        var missed = rep.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("question").GetProperty("id").GetString() == firstId);
        Assert.False(missed.GetProperty("firstTryCorrect").GetBoolean());
        Assert.Equal(["FRESH", "IMMEDIATE_RETRY", "FROM_POOL", "FROM_POOL"], missed.GetProperty("trail").EnumerateArray().Select(t => t.GetProperty("kind").GetString()!).ToArray());
        Assert.Equal([false, true, true, true], missed.GetProperty("trail").EnumerateArray().Select(t => t.GetProperty("answeredCorrectly").GetBoolean()).ToArray());
        Assert.Equal(JsonValueKind.Array, missed.GetProperty("question").GetProperty("correctChoiceIds").ValueKind);
        Assert.Contains(rep.GetProperty("penaltyHistory").EnumerateArray(), p => p.GetProperty("text").GetString() == "(+1 Question @ 2 Tries)");

        // mySessions lists it, newest first, filtered by status.
        var mine = await Host.ExecuteAsync("{ mySessions(where: { status: { eq: COMPLETED } }) { totalCount nodes { id status mode } } }", null, me);
        var nodes = mine.GetProperty("data").GetProperty("mySessions").GetProperty("nodes");
        Assert.Equal(1, mine.GetProperty("data").GetProperty("mySessions").GetProperty("totalCount").GetInt32());
        Assert.Equal(sessionId, nodes[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Another_learners_session_is_forbidden_to_read_answer_and_act_on()
    {
        var owner = Learner("owner-" + Guid.NewGuid().ToString("N"));
        var intruder = Learner("intruder-" + Guid.NewGuid().ToString("N"));
        var started = await Host.ExecuteAsync(Start, new { input = new { examIds = new[] { "gcp-ace" }, mode = "PRACTICE", questionCount = 2 } }, owner);
        var session = started.GetProperty("data").GetProperty("startSession").GetProperty("session");
        var id = session.GetProperty("id").GetString()!;
        var qid = session.GetProperty("currentQuestion").GetProperty("id").GetString()!;

        foreach (var (query, vars) in new (string, object)[]
        {
            ("query($id: ID!) { session(id: $id) { id } }", new { id }),
            ("query($id: ID!) { node(id: $id) { id } }", new { id }),
            ("query($id: ID!) { sessionReport(sessionId: $id) { session { id } } }", new { id }),
            (Answer, new { input = new { sessionId = id, questionId = qid, choiceIds = new[] { "a" } } }),
            ("mutation($id: ID!) { pauseSession(input: { sessionId: $id }) { session { id } } }", new { id }),
            ("mutation($id: ID!) { abandonSession(input: { sessionId: $id }) { session { id } } }", new { id }),
        })
        {
            var r = await Host.ExecuteAsync(query, vars, intruder);
            Assert.Equal("FORBIDDEN", r.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }
        var anonymous = await Host.ExecuteAsync("query($id: ID!) { session(id: $id) { id } }", new { id });
        Assert.Equal("UNAUTHENTICATED", anonymous.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        // The owner's session is untouched.
        var mine = await Host.ExecuteAsync("query($id: ID!) { session(id: $id) { status progress { attempts } } }", new { id }, owner);
        Assert.Equal("ACTIVE", mine.GetProperty("data").GetProperty("session").GetProperty("status").GetString());
        Assert.Equal(0, mine.GetProperty("data").GetProperty("session").GetProperty("progress").GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task Stale_answers_and_bad_input_get_clear_errors()
    {
        var me = Learner("stale-" + Guid.NewGuid().ToString("N"));
        var bad = await Host.ExecuteAsync(Start, new { input = new { examIds = new[] { "aws-saa-c03" }, mode = "PRACTICE", questionCount = 0 } }, me);
        var err = bad.GetProperty("data").GetProperty("startSession").GetProperty("errors")[0];
        Assert.Equal("ValidationError", err.GetProperty("__typename").GetString());
        Assert.Equal("input.questionCount", err.GetProperty("field").GetString());
        var unknown = await Host.ExecuteAsync(Start, new { input = new { examIds = new[] { "no-such-exam" }, mode = "PRACTICE" } }, me);
        Assert.Equal("NOT_FOUND", unknown.GetProperty("data").GetProperty("startSession").GetProperty("errors")[0].GetProperty("code").GetString());

        var started = await Host.ExecuteAsync(Start, new { input = new { examIds = new[] { "azure-az-900" }, mode = "PRACTICE", questionCount = 2 } }, me);
        var session = started.GetProperty("data").GetProperty("startSession").GetProperty("session");
        var id = session.GetProperty("id").GetString()!;
        var current = session.GetProperty("currentQuestion").GetProperty("id").GetString()!;
        var other = GlobalId.Encode("Question", "azure-az-900.q001") == current ? GlobalId.Encode("Question", "azure-az-900.q002") : GlobalId.Encode("Question", "azure-az-900.q001");
        var stale = await Host.ExecuteAsync(Answer, new { input = new { sessionId = id, questionId = other, choiceIds = new[] { "a" } } }, me);
        var e = stale.GetProperty("errors")[0];
        Assert.Equal("STALE_ANSWER", e.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(current, e.GetProperty("extensions").GetProperty("currentQuestionId").GetString());

        // Pause: answering is refused with SESSION_NOT_ACTIVE; resume and it works again.
        var paused = await Host.ExecuteAsync("mutation($id: ID!) { pauseSession(input: { sessionId: $id }) { session { status } errors { code } } }", new { id }, me);
        Assert.Equal("PAUSED", paused.GetProperty("data").GetProperty("pauseSession").GetProperty("session").GetProperty("status").GetString());
        var refused = await Host.ExecuteAsync(Answer, new { input = new { sessionId = id, questionId = current, choiceIds = new[] { "a" } } }, me);
        Assert.Equal("SESSION_NOT_ACTIVE", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var resumed = await Host.ExecuteAsync("mutation($id: ID!) { resumeSession(input: { sessionId: $id }) { session { status } } }", new { id }, me);
        Assert.Equal("ACTIVE", resumed.GetProperty("data").GetProperty("resumeSession").GetProperty("session").GetProperty("status").GetString());
        var again = await Host.ExecuteAsync("mutation($id: ID!) { resumeSession(input: { sessionId: $id }) { errors { __typename code ... on SessionNotActiveError { status } } } }", new { id }, me);
        Assert.NotEqual(0, again.GetProperty("data").GetProperty("resumeSession").GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task Exam_simulation_hides_feedback_until_the_end()
    {
        var me = Learner("sim-" + Guid.NewGuid().ToString("N"));
        var started = await Host.ExecuteAsync(Start, new { input = new { examIds = new[] { "azure-az-900" }, mode = "EXAM_SIMULATION" } }, me);
        var session = started.GetProperty("data").GetProperty("startSession").GetProperty("session");
        var id = session.GetProperty("id").GetString()!;
        var qid = session.GetProperty("currentQuestion").GetProperty("id").GetString()!;
        var r = (await Host.ExecuteAsync(Answer, new { input = new { sessionId = id, questionId = qid, choiceIds = await CorrectAsync(qid) } }, me))
            .GetProperty("data").GetProperty("submitAnswer");
        Assert.True(r.GetProperty("feedbackHidden").GetBoolean());
        Assert.False(r.GetProperty("correct").GetBoolean());
        Assert.Equal(JsonValueKind.Null, r.GetProperty("correctChoiceIds").ValueKind);
        Assert.Equal(JsonValueKind.Null, r.GetProperty("explanation").ValueKind);
        // Nor does the catalog give the key away mid-simulation.
        var q = await Host.ExecuteAsync("query($id: ID!) { question(id: $id) { correctChoiceIds explanation } }", new { id = qid }, me);
        Assert.Equal(JsonValueKind.Null, q.GetProperty("data").GetProperty("question").GetProperty("correctChoiceIds").ValueKind);
        var report = await Host.ExecuteAsync("query($id: ID!) { sessionReport(sessionId: $id) { session { id } } }", new { id }, me);
        Assert.Equal("FORBIDDEN", report.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var done = await Host.ExecuteAsync("mutation($id: ID!) { completeSession(input: { sessionId: $id }) { session { status score { score maxScore passed answered unanswered passingScore { score } } } } }", new { id }, me);
        var score = done.GetProperty("data").GetProperty("completeSession").GetProperty("session").GetProperty("score");
        Assert.Equal(1, score.GetProperty("answered").GetInt32());
        Assert.True(score.GetProperty("unanswered").GetInt32() > 0);
        Assert.False(score.GetProperty("passed").GetBoolean());
    }
}
