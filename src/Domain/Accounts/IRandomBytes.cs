namespace StudyGraph.Domain.Accounts;

/// <summary>Source of random bytes for salts, tokens and ids. Injected so tests can be deterministic.</summary>
public interface IRandomBytes
{
    /// <summary>Fills <paramref name="buffer"/> with random bytes.</summary>
    void Fill(Span<byte> buffer);
}
