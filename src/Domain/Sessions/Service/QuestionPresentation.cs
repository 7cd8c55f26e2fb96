using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Domain.Sessions.Service;

/// <summary>A question as shown to the learner: its choices in this presentation's order, and no answer key.</summary>
/// <param name="Question">The catalog question (do not expose its correct ids before an answer).</param>
/// <param name="Choices">The choices in the shuffled order of this presentation.</param>
/// <param name="Number">The presentation number (send it back with the answer).</param>
/// <param name="Kind">Fresh, immediate re-ask, from the wrong pool, or a flagged revisit.</param>
/// <param name="Flagged">Flagged for review by the learner.</param>
public sealed record QuestionPresentation(Question Question, IReadOnlyList<Choice> Choices, int Number, AttemptKind Kind, bool Flagged)
{
    /// <summary>Builds the presentation from the session's record and the loaded question.</summary>
    public static QuestionPresentation Of(Presentation p, Question q, bool flagged)
    {
        var choices = new Choice[p.ChoiceOrder.Count];
        for (var i = 0; i < choices.Length; i++)
        {
            choices[i] = q.FindChoice(p.ChoiceOrder[i]) ?? new Choice(p.ChoiceOrder[i], "");
        }
        return new QuestionPresentation(q, choices, p.Number, p.Kind, flagged);
    }
}
