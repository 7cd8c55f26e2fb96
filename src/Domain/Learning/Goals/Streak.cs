namespace StudyGraph.Domain.Learning;

/// <summary>Days in a row with study, counted in the learner's time zone.</summary>
/// <param name="Current">The running streak: ends today, or yesterday when today has no study yet (still alive).</param>
/// <param name="Longest">The longest streak ever.</param>
/// <param name="StudiedToday">Whether there was study today.</param>
/// <param name="LastStudyDay">The latest local day with study, or null.</param>
public sealed record Streak(int Current, int Longest, bool StudiedToday, DateOnly? LastStudyDay);
