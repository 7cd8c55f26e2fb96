using System.Security.Cryptography;

namespace StudyGraph.Domain.Accounts;

/// <summary>Cryptographically strong randomness from <see cref="RandomNumberGenerator"/>; the production default.</summary>
public sealed class SystemRandomBytes : IRandomBytes
{
    /// <summary>The shared instance (stateless and thread-safe).</summary>
    public static SystemRandomBytes Instance { get; } = new();

    /// <inheritdoc />
    public void Fill(Span<byte> buffer) => RandomNumberGenerator.Fill(buffer);
}
