namespace StudyGraph.Domain.Learning;

/// <summary>Stores question difficulty ratings (anonymous, shared by all learners).</summary>
public interface IQuestionRatingStore
{
    /// <summary>The rating of a question, or null when it was never answered on a first try.</summary>
    ValueTask<QuestionRating?> GetAsync(string questionId, CancellationToken ct = default);

    /// <summary>Every rating of an exam's questions.</summary>
    ValueTask<IReadOnlyList<QuestionRating>> ListByExamAsync(string examId, CancellationToken ct = default);

    /// <summary>Inserts or replaces a rating. Last write wins: a lost concurrent update only slows convergence.</summary>
    ValueTask SaveAsync(QuestionRating rating, CancellationToken ct = default);
}
