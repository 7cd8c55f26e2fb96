namespace StudyGraph.Domain.Learning;

/// <summary>Stores learners' goals.</summary>
public interface IGoalRepository
{
    /// <summary>Inserts or replaces a goal by id.</summary>
    ValueTask UpsertAsync(StudyGoal goal, CancellationToken ct = default);

    /// <summary>The goals of a learner, oldest first.</summary>
    ValueTask<IReadOnlyList<StudyGoal>> ListForUserAsync(string userId, CancellationToken ct = default);

    /// <summary>Deletes a goal of a learner; false when there is none.</summary>
    ValueTask<bool> DeleteAsync(string userId, string goalId, CancellationToken ct = default);

    /// <summary>Deletes every goal of a learner; returns how many.</summary>
    ValueTask<int> DeleteForUserAsync(string userId, CancellationToken ct = default);
}
