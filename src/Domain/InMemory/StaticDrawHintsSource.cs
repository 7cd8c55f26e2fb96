using StudyGraph.Domain.Ports;

namespace StudyGraph.Domain.InMemory;

/// <summary>An <see cref="IDrawHintsSource"/> that returns the same hints for everyone (default: none).</summary>
public sealed class StaticDrawHintsSource : IDrawHintsSource
{
    /// <summary>Creates the source.</summary>
    public StaticDrawHintsSource(DrawHints? hints = null) => Hints = hints ?? DrawHints.None;

    /// <summary>The hints returned.</summary>
    public DrawHints Hints { get; set; }

    /// <inheritdoc />
    public ValueTask<DrawHints> GetHintsAsync(string userId, IReadOnlyList<string> examIds, CancellationToken ct = default) => ValueTask.FromResult(Hints);
}
