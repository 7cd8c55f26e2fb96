using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StudyGraph.Api.Context;
using StudyGraph.Api.Tests.Support;
using StudyGraph.Domain.Accounts;
using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Sessions;
using StudyGraph.Domain.Sessions.Service;

namespace StudyGraph.Api.Tests.Learning;

/// <summary>Learners, authors and answers driven through the Domain's session service of a test host.</summary>
internal static class LearningScenario
{
    public static Viewer Learner() => new("learner-" + Guid.NewGuid().ToString("N")[..12], [Role.Learner]);

    public static Viewer Author() => new("author-" + Guid.NewGuid().ToString("N")[..12], [Role.Author]);

    /// <summary>
    /// Starts a practice session of <paramref name="count"/> questions in <paramref name="examId"/> and answers every
    /// question; a first try is right when <paramref name="answerRight"/> says so (a wrong one picks the first wrong
    /// choice), every re-ask is answered right. Returns the questions answered on a first try, and whether right.
    /// </summary>
    public static async Task<List<(Question Question, bool Right)>> StudyAsync(ApiHost host, Viewer viewer, string examId, int count, Func<Question, bool> answerRight)
    {
        var service = host.Services.GetRequiredService<StudySessionService>();
        var started = await service.StartAsync(new StartSessionCommand(viewer.UserId, SessionMode.Practice, [examId], Size: count, Seed: 7));
        Assert.True(started.IsSuccess, started.ToString());
        var sessionId = started.Value.Session.Id;
        var current = started.Value.Current;
        var firstTries = new List<(Question, bool)>();
        for (var guard = 0; current is not null && guard < count * 6; guard++)
        {
            var question = current.Question;
            var fresh = current.Kind == Domain.Sessions.Events.AttemptKind.Fresh;
            var right = !fresh || answerRight(question);
            var choices = right ? question.CorrectChoiceIds : [FirstWrongChoice(question)];
            var answer = await service.AnswerAsync(new AnswerCommand(sessionId, viewer.UserId, question.Id, choices, current.Number));
            Assert.True(answer.IsSuccess, answer.ToString());
            if (fresh) firstTries.Add((question, right));
            current = answer.Value.Next;
        }
        Assert.Null(current);
        return firstTries;
    }

    public static string FirstWrongChoice(Question question)
    {
        foreach (var c in question.Choices)
        {
            if (!question.CorrectChoiceIds.Contains(c.Id)) return c.Id;
        }
        throw new InvalidOperationException("A question without a wrong choice.");
    }

    public static JsonElement Data(JsonElement response, string field)
    {
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return response.GetProperty("data").GetProperty(field);
    }

    public static string ErrorCode(JsonElement response)
    {
        var errors = response.GetProperty("errors");
        Assert.Equal(1, errors.GetArrayLength());
        return errors[0].GetProperty("extensions").GetProperty("code").GetString()!;
    }
}
