namespace StudyGraph.Domain.Ports;

/// <summary>
/// Where new seeds come from. A session stores its own <see cref="Common.SeededRandom"/> seeded from here,
/// so tests inject fixed seeds and production injects a cryptographic source.
/// </summary>
public interface IRandomSource
{
    /// <summary>A new seed.</summary>
    ulong NextSeed();
}
