namespace StudyGraph.Domain.Sessions;

/// <summary>Where the next question comes from.</summary>
/// <param name="Source">Fresh pool, wrong pool, or none (the session is complete).</param>
/// <param name="Position">The position in that pool (fresh list index or wrong-pool list index); -1 for none.</param>
public readonly record struct NextPick(PickSource Source, int Position)
{
    /// <summary>Nothing left.</summary>
    public static NextPick None => new(PickSource.None, -1);
}
