using StudyGraph.Domain.Catalog;

namespace StudyGraph.Api.Catalog;

/// <summary>
/// A question as the schema shows it: its choices in the order presented, and whether its answer key may be shown
/// (true/false when the caller knows — a session's presentation, an answered question — or null to decide per viewer).
/// </summary>
/// <param name="Question">The question.</param>
/// <param name="Choices">The choices in display order.</param>
/// <param name="RevealAnswer">Whether <c>correctChoiceIds</c> and <c>explanation</c> may be shown; null: ask the <see cref="AnswerKeyPolicy"/>.</param>
public sealed record QuestionNode(Question Question, IReadOnlyList<Choice> Choices, bool? RevealAnswer)
{
    /// <summary>A catalog question (stored choice order; answer key by policy).</summary>
    public static QuestionNode Catalog(Question question) => new(question, question.Choices, null);
}
