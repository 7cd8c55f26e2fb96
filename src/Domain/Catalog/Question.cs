namespace StudyGraph.Domain.Catalog;

/// <summary>A question of an exam's topic.</summary>
/// <param name="Id">Id unique across all banks.</param>
/// <param name="ExamId">The exam's id.</param>
/// <param name="TopicId">The topic's id (one of the exam's topics).</param>
/// <param name="Type">Single or multiple choice.</param>
/// <param name="Text">The question's text.</param>
/// <param name="Choices">2..8 choices in authored order.</param>
/// <param name="CorrectChoiceIds">The ids of the correct choices.</param>
/// <param name="Explanation">Why the correct choices are correct.</param>
/// <param name="References">Links to the provider's public documentation.</param>
/// <param name="Difficulty">1 (easy) .. 5 (hard).</param>
/// <param name="Tags">Free tags.</param>
public sealed record Question(
    string Id,
    string ExamId,
    string TopicId,
    QuestionType Type,
    string Text,
    IReadOnlyList<Choice> Choices,
    IReadOnlyList<string> CorrectChoiceIds,
    string Explanation,
    IReadOnlyList<string> References,
    int Difficulty,
    IReadOnlyList<string> Tags)
{
    /// <summary>True when <paramref name="chosen"/> equals the correct set exactly (order and duplicates ignored).</summary>
    public bool IsCorrect(IReadOnlyList<string> chosen)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        var distinct = 0;
        for (var i = 0; i < chosen.Count; i++)
        {
            var seenBefore = false;
            for (var j = 0; j < i; j++)
            {
                if (chosen[j] == chosen[i]) { seenBefore = true; break; }
            }
            if (seenBefore) continue;
            if (!Contains(CorrectChoiceIds, chosen[i])) return false;
            distinct++;
        }
        return distinct == CorrectChoiceIds.Count;
    }

    /// <summary>True when the question has a choice with <paramref name="choiceId"/>.</summary>
    public bool HasChoice(string choiceId)
    {
        for (var i = 0; i < Choices.Count; i++)
        {
            if (Choices[i].Id == choiceId) return true;
        }
        return false;
    }

    /// <summary>The choice with <paramref name="choiceId"/>, or null.</summary>
    public Choice? FindChoice(string choiceId)
    {
        for (var i = 0; i < Choices.Count; i++)
        {
            if (Choices[i].Id == choiceId) return Choices[i];
        }
        return null;
    }

    private static bool Contains(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value) return true;
        }
        return false;
    }
}
