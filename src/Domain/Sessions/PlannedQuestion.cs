namespace StudyGraph.Domain.Sessions;

/// <summary>
/// A question of the planned set with what the session needs to present and check it without loading it:
/// its choice ids (authored order) and correct ids.
/// </summary>
/// <param name="QuestionId">The question.</param>
/// <param name="ExamId">Its exam.</param>
/// <param name="TopicId">Its topic.</param>
/// <param name="ChoiceIds">Its choice ids in authored order.</param>
/// <param name="CorrectChoiceIds">Its correct choice ids.</param>
public sealed record PlannedQuestion(
    string QuestionId,
    string ExamId,
    string TopicId,
    IReadOnlyList<string> ChoiceIds,
    IReadOnlyList<string> CorrectChoiceIds)
{
    /// <summary>Builds the entry from a catalog question.</summary>
    public static PlannedQuestion From(Catalog.Question q)
    {
        ArgumentNullException.ThrowIfNull(q);
        var ids = new string[q.Choices.Count];
        for (var i = 0; i < ids.Length; i++) ids[i] = q.Choices[i].Id;
        return new PlannedQuestion(q.Id, q.ExamId, q.TopicId, ids, [.. q.CorrectChoiceIds]);
    }

    /// <summary>True when <paramref name="chosen"/> equals the correct set exactly.</summary>
    public bool IsCorrect(IReadOnlyList<string> chosen)
    {
        var distinct = 0;
        for (var i = 0; i < chosen.Count; i++)
        {
            var repeat = false;
            for (var j = 0; j < i; j++)
            {
                if (chosen[j] == chosen[i]) { repeat = true; break; }
            }
            if (repeat) continue;
            if (IndexOf(CorrectChoiceIds, chosen[i]) < 0) return false;
            distinct++;
        }
        return distinct == CorrectChoiceIds.Count;
    }

    /// <summary>True when the question has a choice with this id.</summary>
    public bool HasChoice(string id) => IndexOf(ChoiceIds, id) >= 0;

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value) return i;
        }
        return -1;
    }
}
