namespace StudyGraph.Domain.Catalog.Import;

/// <summary>Content equality of catalog items (lists compared element by element, in order).</summary>
public static class CatalogEquality
{
    /// <summary>True when two providers have the same content.</summary>
    public static bool Same(Provider a, Provider b) => a == b;

    /// <summary>True when two topics have the same content.</summary>
    public static bool Same(Topic a, Topic b) => a.Id == b.Id && a.Name == b.Name && a.Weight == b.Weight && a.Skills.SequenceEqual(b.Skills);

    /// <summary>True when two exams, blueprints included, have the same content.</summary>
    public static bool Same(Exam a, Exam b)
    {
        if (a.Id != b.Id || a.ProviderId != b.ProviderId || a.Code != b.Code || a.Name != b.Name || a.QuestionCount != b.QuestionCount ||
            a.DurationMinutes != b.DurationMinutes || a.PassingScore != b.PassingScore || a.Topics.Count != b.Topics.Count)
        {
            return false;
        }
        for (var i = 0; i < a.Topics.Count; i++)
        {
            if (!Same(a.Topics[i], b.Topics[i])) return false;
        }
        return true;
    }

    /// <summary>True when two questions have the same content.</summary>
    public static bool Same(Question a, Question b) =>
        a.Id == b.Id && a.ExamId == b.ExamId && a.TopicId == b.TopicId && a.Type == b.Type && a.Text == b.Text &&
        a.Choices.SequenceEqual(b.Choices) && a.CorrectChoiceIds.SequenceEqual(b.CorrectChoiceIds) && a.Explanation == b.Explanation &&
        a.References.SequenceEqual(b.References) && a.Difficulty == b.Difficulty && a.Tags.SequenceEqual(b.Tags);
}
