namespace StudyGraph.Domain.Ports;

/// <summary>The learner's due and missed questions, for <c>REVIEW</c> sessions (implemented by the learning model).</summary>
public interface IReviewQueueSource
{
    /// <summary>
    /// Up to <paramref name="max"/> question ids of the given exams that are due at <paramref name="now"/> or were
    /// missed, most urgent first.
    /// </summary>
    ValueTask<IReadOnlyList<string>> GetReviewQuestionIdsAsync(
        string userId, IReadOnlyList<string> examIds, int max, DateTimeOffset now, CancellationToken ct = default);
}
