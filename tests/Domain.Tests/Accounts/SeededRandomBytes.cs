using StudyGraph.Domain.Accounts;

namespace StudyGraph.Domain.Tests.Accounts;

/// <summary>Deterministic IRandomBytes for tests.</summary>
public sealed class SeededRandomBytes(int seed) : IRandomBytes
{
    private readonly Random _random = new(seed);

    public void Fill(Span<byte> buffer)
    {
        lock (_random) _random.NextBytes(buffer);
    }
}
