namespace StudyGraph.Domain.Ports;

/// <summary>Cursor paging: at most <paramref name="First"/> items after the opaque cursor <paramref name="After"/>.</summary>
/// <param name="First">Maximum number of items (1..1000).</param>
/// <param name="After">The cursor of the last item already seen, or null for the first page.</param>
public sealed record PageRequest(int First = 50, string? After = null)
{
    /// <summary>The largest page a store returns.</summary>
    public const int MaxFirst = 1000;

    /// <summary><see cref="First"/> clamped to 1..<see cref="MaxFirst"/>.</summary>
    public int Limit => Math.Clamp(First, 1, MaxFirst);
}
