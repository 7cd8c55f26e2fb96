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

    /// <summary>Saves a goal after validating it (the exam must exist); <c>VALIDATION</c> or <c>NOT_FOUND</c> otherwise.</summary>
    public async ValueTask<Result<StudyGoal>> SetGoalAsync(StudyGoal goal, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(goal);
        if (goal.Validate() is { } problem) return DomainError.Validation(problem);
        if (await _exams.GetAsync(goal.ExamId, ct).ConfigureAwait(false) is null) return DomainError.NotFound("Exam", goal.ExamId);
        await _goals.UpsertAsync(goal, ct).ConfigureAwait(false);
        return goal;
    }

    /// <summary>The learner's goals, oldest first.</summary>
    public ValueTask<IReadOnlyList<StudyGoal>> GetGoalsAsync(string userId, CancellationToken ct = default) => _goals.ListForUserAsync(userId, ct);
}
