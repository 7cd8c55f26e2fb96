using StudyGraph.Api.Context;
using StudyGraph.Domain.Ports;
using StudyGraph.Domain.Sessions;
using StudyGraph.GraphQL.Execution;

namespace StudyGraph.Api.Catalog;

/// <summary>
/// Who may read a question's answer key: authors and admins always; a learner once they have answered the question
/// correctly outside an exam simulation; anonymous callers never.
/// </summary>
public static class AnswerKeyPolicy
{
    /// <summary>Whether the request's viewer may read <paramref name="node"/>'s answer key.</summary>
    public static async ValueTask<bool> MayRevealAsync(QuestionNode node, ResolveFieldContext context)
    {
        var viewer = context.Viewer();
        if (viewer is null) return false;
        if (viewer.IsStaff) return true;
        if (node.RevealAnswer is { } known) return known;
        var answers = context.GetRequiredService<IAnswerEventStore>();
        var events = await answers.QueryAsync(new AnswerEventQuery(UserId: viewer.UserId, QuestionId: node.Question.Id), context.CancellationToken).ConfigureAwait(false);
        foreach (var e in events)
        {
            // Exam-simulation answers give no feedback until the end: they never unlock the key here.
            if (e.Correct && e.Mode != SessionMode.ExamSimulation) return true;
        }
        return false;
    }
}
