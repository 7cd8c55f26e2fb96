using StudyGraph.Domain.Common;
using StudyGraph.Domain.Ports;

namespace StudyGraph.Domain.InMemory;

/// <summary>An <see cref="IRandomSource"/> giving a deterministic sequence of seeds derived from one master seed.</summary>
public sealed class SequenceRandomSource : IRandomSource
{
    private readonly object _gate = new();
    private readonly SeededRandom _random;

    /// <summary>Creates the source from a master seed.</summary>
    public SequenceRandomSource(ulong masterSeed) => _random = new SeededRandom(masterSeed);

    /// <inheritdoc />
    public ulong NextSeed()
    {
        lock (_gate) return _random.NextUInt64();
    }
}
