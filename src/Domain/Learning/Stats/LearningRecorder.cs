using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Domain.Learning;

/// <summary>
/// Feeds answers into the learning model: topic counters (every attempt), Elo ability and question difficulty
/// (first-try answers only), and FSRS memory (fresh answers and wrong-pool encounters; an immediate re-ask just after
/// seeing the feedback says nothing about memory). An event delivered again (same <see cref="AnswerRecorded.EventId"/>
/// among the document's latest <see cref="LearnerExamStats.RecentEventCapacity"/>) changes nothing.
/// </summary>
public sealed class LearningRecorder
{
    private const int MaxConflictRetries = 32;
    private readonly ILearnerStatsStore _stats;
    private readonly IQuestionRatingStore _ratings;
    private readonly Fsrs _fsrs;
    private readonly Elo _elo;
    private readonly GradePolicy _grades;

    /// <summary>Creates the recorder over its stores.</summary>
    public LearningRecorder(ILearnerStatsStore stats, IQuestionRatingStore ratings, LearningOptions? options = null)
    {
        options ??= LearningOptions.Default;
        _stats = stats;
        _ratings = ratings;
        _fsrs = new Fsrs(options.Fsrs);
        _elo = new Elo(options.Elo);
        _grades = options.Grades;
    }

    /// <summary>Applies <paramref name="answer"/> (to <paramref name="question"/>) and saves, retrying on version conflicts.</summary>
    public async ValueTask RecordAsync(AnswerRecorded answer, Question question, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(question);
        for (var attempt = 0; attempt < MaxConflictRetries; attempt++)
        {
            var doc = await _stats.GetAsync(answer.UserId, answer.ExamId, ct).ConfigureAwait(false) ?? new LearnerExamStats(answer.UserId, answer.ExamId);
            var rating = await _ratings.GetAsync(question.Id, ct).ConfigureAwait(false);
            var expected = doc.Version;
            if (doc.RecentEventIds.Contains(answer.EventId)) return;
            var difficulty = Apply(doc, rating?.Difficulty ?? Rating.Initial, answer, Elo.GuessProbability(question));
            if (!await _stats.TrySaveAsync(doc, expected, ct).ConfigureAwait(false)) continue;
            if (difficulty is { } d) await _ratings.SaveAsync(new QuestionRating(question.Id, question.ExamId, question.TopicId, d), ct).ConfigureAwait(false);
            return;
        }
        throw new InvalidOperationException($"Learner stats of '{answer.UserId}' for '{answer.ExamId}' kept changing; the answer was not recorded.");
    }

    /// <summary>
    /// Applies one answer to <paramref name="stats"/> in memory. Returns the question's new difficulty for a first-try
    /// answer, otherwise null (also when the event was applied already).
    /// </summary>
    public Rating? Apply(LearnerExamStats stats, Rating questionDifficulty, AnswerRecorded answer, double guess)
    {
        if (!stats.MarkApplied(answer.EventId)) return null;
        var topic = stats.Topic(answer.TopicId);
        var firstTry = answer.FirstTry && answer.AttemptKind == AttemptKind.Fresh;
        Rating? newDifficulty = null;
        var ability = topic.Ability;
        if (firstTry)
        {
            (ability, var d) = _elo.Update(topic.Ability, questionDifficulty, answer.Correct, guess);
            newDifficulty = d;
        }
        stats.SetTopic(topic with
        {
            Ability = ability,
            FirstTryAnswered = topic.FirstTryAnswered + (firstTry ? 1 : 0),
            FirstTryCorrect = topic.FirstTryCorrect + (firstTry && answer.Correct ? 1 : 0),
            Attempts = topic.Attempts + 1,
            TotalTime = topic.TotalTime + answer.TimeTaken,
        });
        if (answer.AttemptKind is AttemptKind.Fresh or AttemptKind.FromPool)
        {
            var grade = _grades.Grade(answer.Correct, answer.TimeTaken);
            stats.SetMemory(stats.Memory.TryGetValue(answer.QuestionId, out var memory)
                ? _fsrs.Next(memory, grade, answer.OccurredAt)
                : _fsrs.First(answer.QuestionId, grade, answer.OccurredAt));
        }
        return newDifficulty;
    }
}
