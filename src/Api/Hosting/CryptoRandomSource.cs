using System.Security.Cryptography;
using StudyGraph.Domain.Ports;

namespace StudyGraph.Api.Hosting;

/// <summary>Session seeds from the operating system's cryptographic generator (learners cannot predict shuffles).</summary>
public sealed class CryptoRandomSource : IRandomSource
{
    /// <inheritdoc />
    public ulong NextSeed()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        return BitConverter.ToUInt64(bytes);
    }
}
