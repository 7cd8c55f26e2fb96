using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Common;
using StudyGraph.Domain.Ports;

namespace StudyGraph.Domain.Learning;

public sealed partial class AnalyticsService
{
    /// <summary>
    /// Quality statistics of <paramref name="question"/>; discrimination uses each learner's first-try accuracy on the
    /// exam's other questions as their ability.
    /// </summary>
    public async ValueTask<QuestionQuality> GetQuestionQualityAsync(Question question, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var examEvents = await _events.QueryAsync(new AnswerEventQuery(ExamId: question.ExamId), ct).ConfigureAwait(false);
        var rest = new Dictionary<string, (int Answered, int Correct)>(StringComparer.Ordinal);
        var mine = new List<Sessions.Events.AnswerRecorded>();
        foreach (var e in examEvents)
        {
            if (e.QuestionId == question.Id) { mine.Add(e); continue; }
            if (e.AttemptKind != Sessions.Events.AttemptKind.Fresh) continue;
            var (a, c) = rest.GetValueOrDefault(e.UserId);
            rest[e.UserId] = (a + 1, c + (e.Correct ? 1 : 0));
        }
        var ability = new Dictionary<string, double>(rest.Count, StringComparer.Ordinal);
        foreach (var (user, (a, c)) in rest) ability[user] = (double)c / a;
        return QuestionQualityCalculator.Compute(question, mine, ability);
    }

    /// <summary>The learner's accuracy and mastery per shared skill tag, compared across providers.</summary>
    public async ValueTask<IReadOnlyList<SkillComparison>> GetCrossProviderAsync(string userId, CancellationToken ct = default)
    {
        var stats = await _stats.ListForUserAsync(userId, ct).ConfigureAwait(false);
        var ids = new string[stats.Count];
        for (var i = 0; i < ids.Length; i++) ids[i] = stats[i].ExamId;
        var exams = await _exams.GetManyAsync(ids, ct).ConfigureAwait(false);
        return CrossProviderCalculator.Compute(exams, stats);
    }

    /// <summary>Creates a goal; <c>VALIDATION</c> for a bad target, <c>NOT_FOUND</c> for an unknown exam.</summary>
    public async ValueTask<Result<StudyGoal>> CreateGoalAsync(string userId, string examId, DateOnly targetDate, int dailyQuestionTarget, CancellationToken ct = default)
    {
        var goal = new StudyGoal("goal-" + Accounts.SecretToken.NewId(_random, 12), userId, examId, targetDate, dailyQuestionTarget, _time.GetUtcNow());
        return await SaveGoalAsync(goal, ct).ConfigureAwait(false);
    }

    /// <summary>Changes the date and/or daily target of one of the learner's goals; <c>NOT_FOUND</c> when it is not theirs.</summary>
    public async ValueTask<Result<StudyGoal>> UpdateGoalAsync(string userId, string goalId, DateOnly? targetDate, int? dailyQuestionTarget, CancellationToken ct = default)
    {
        foreach (var g in await _goals.ListForUserAsync(userId, ct).ConfigureAwait(false))
        {
            if (g.Id != goalId) continue;
            return await SaveGoalAsync(g with { TargetDate = targetDate ?? g.TargetDate, DailyQuestionTarget = dailyQuestionTarget ?? g.DailyQuestionTarget }, ct).ConfigureAwait(false);
        }
        return DomainError.NotFound("Goal", goalId);
    }

    /// <summary>Deletes one of the learner's goals; <c>NOT_FOUND</c> when it is not theirs.</summary>
    public async ValueTask<Result<string>> DeleteGoalAsync(string userId, string goalId, CancellationToken ct = default) =>
        await _goals.DeleteAsync(userId, goalId, ct).ConfigureAwait(false) ? goalId : DomainError.NotFound("Goal", goalId);

    private async ValueTask<Result<StudyGoal>> SaveGoalAsync(StudyGoal goal, CancellationToken ct)
    {
        if (goal.Validate() is { } problem) return DomainError.Validation(problem);
        if (await _exams.GetAsync(goal.ExamId, ct).ConfigureAwait(false) is null) return DomainError.NotFound("Exam", goal.ExamId);
        await _goals.UpsertAsync(goal, ct).ConfigureAwait(false);
        return goal;
    }

    /// <summary>The learner's goals, oldest first.</summary>
    public ValueTask<IReadOnlyList<StudyGoal>> GetGoalsAsync(string userId, CancellationToken ct = default) => _goals.ListForUserAsync(userId, ct);
}
