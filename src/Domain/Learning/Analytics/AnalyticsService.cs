using StudyGraph.Domain.Common;
using StudyGraph.Domain.Ports;
using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Domain.Learning;

/// <summary>Builds learner analytics, question quality and the cross-provider view from ports.</summary>
public sealed partial class AnalyticsService
{
    private readonly IAnswerEventStore _events;
    private readonly ILearnerStatsStore _stats;
    private readonly IGoalRepository _goals;
    private readonly IExamRepository _exams;
    private readonly IQuestionRatingStore _ratings;
    private readonly TimeProvider _time;
    private readonly LearningOptions _options;
    private readonly Accounts.IRandomBytes _random;

    /// <summary>Creates the service over its ports.</summary>
    public AnalyticsService(
        IAnswerEventStore events,
        ILearnerStatsStore stats,
        IGoalRepository goals,
        IExamRepository exams,
        IQuestionRatingStore ratings,
        TimeProvider time,
        LearningOptions? options = null,
        Accounts.IRandomBytes? random = null)
    {
        _events = events;
        _stats = stats;
        _goals = goals;
        _exams = exams;
        _ratings = ratings;
        _time = time;
        _options = options ?? LearningOptions.Default;
        _random = random ?? Accounts.SystemRandomBytes.Instance;
    }

    /// <summary>
    /// Readiness, recommendations, trends, streak, goal progress and the cross-provider view of <paramref name="userId"/>
    /// for <paramref name="examId"/>, with days counted in <paramref name="timeZone"/> (UTC when null).
    /// <c>NOT_FOUND</c> for an unknown exam.
    /// </summary>
    public async ValueTask<Result<LearnerAnalytics>> GetLearnerAnalyticsAsync(
        string userId, string examId, TimeZoneInfo? timeZone = null, int preferredSessionSize = 20, CancellationToken ct = default)
    {
        var exam = await _exams.GetAsync(examId, ct).ConfigureAwait(false);
        if (exam is null) return DomainError.NotFound("Exam", examId);
        var zone = timeZone ?? TimeZoneInfo.Utc;
        var now = _time.GetUtcNow();
        var stats = await _stats.GetAsync(userId, examId, ct).ConfigureAwait(false);
        var readiness = ReadinessCalculator.Compute(exam, stats, await TopicDifficultyAsync(examId, ct).ConfigureAwait(false), _options.Elo.AverageGuess);
        var recommendations = Recommender.Recommend(readiness, ReviewPlanner.CountDue(stats, now), preferredSessionSize, _options.Recommendations);

        var all = await _events.QueryAsync(new AnswerEventQuery(UserId: userId, Since: now.AddDays(-_options.StreakLookbackDays)), ct).ConfigureAwait(false);
        var times = new DateTimeOffset[all.Count];
        var inExam = new List<AnswerRecorded>();
        for (var i = 0; i < all.Count; i++)
        {
            times[i] = all[i].OccurredAt;
            if (all[i].ExamId == examId) inExam.Add(all[i]);
        }
        var goals = await _goals.ListForUserAsync(userId, ct).ConfigureAwait(false);
        var progress = new List<GoalProgress>(goals.Count);
        foreach (var goal in goals)
        {
            var goalTimes = new List<DateTimeOffset>();
            foreach (var e in all)
            {
                if (e.ExamId == goal.ExamId) goalTimes.Add(e.OccurredAt);
            }
            progress.Add(GoalTracker.Compute(goal, goalTimes, now, zone, goal.ExamId == examId ? readiness : null));
        }
        return new LearnerAnalytics(userId, examId, readiness, recommendations,
            TrendCalculator.Daily(inExam, now, zone, _options.TrendDays),
            TrendCalculator.Weekly(inExam, now, zone, _options.TrendWeeks),
            StreakCalculator.Compute(times, now, zone),
            progress,
            await GetCrossProviderAsync(userId, ct).ConfigureAwait(false));
    }

    /// <summary>Readiness of a learner for an exam; <c>NOT_FOUND</c> for an unknown exam.</summary>
    public async ValueTask<Result<ExamReadiness>> GetReadinessAsync(string userId, string examId, CancellationToken ct = default)
    {
        var exam = await _exams.GetAsync(examId, ct).ConfigureAwait(false);
        if (exam is null) return DomainError.NotFound("Exam", examId);
        var stats = await _stats.GetAsync(userId, examId, ct).ConfigureAwait(false);
        return ReadinessCalculator.Compute(exam, stats, await TopicDifficultyAsync(examId, ct).ConfigureAwait(false), _options.Elo.AverageGuess);
    }

    /// <summary>Mean Elo difficulty of each topic's rated questions.</summary>
    private async ValueTask<Dictionary<string, double>> TopicDifficultyAsync(string examId, CancellationToken ct)
    {
        var sums = new Dictionary<string, (double Sum, int Count)>(StringComparer.Ordinal);
        foreach (var r in await _ratings.ListByExamAsync(examId, ct).ConfigureAwait(false))
        {
            if (r.Difficulty.Count == 0) continue;
            var (sum, count) = sums.GetValueOrDefault(r.TopicId);
            sums[r.TopicId] = (sum + r.Difficulty.Value, count + 1);
        }
        var result = new Dictionary<string, double>(sums.Count, StringComparer.Ordinal);
        foreach (var (topic, (sum, count)) in sums) result[topic] = sum / count;
        return result;
    }
}
