namespace StudyGraph.GraphQL.Language;

/// <summary>
/// A small process-wide cache of name strings, so the same field, type and argument names parsed again do not
/// allocate again. Lock-free: a slot holds one string reference; a lost race only costs an allocation.
/// </summary>
internal static class NameCache
{
    private const int Slots = 4096;
    private const int MaxLength = 48;
    private static readonly string?[] Table = new string?[Slots];

    /// <summary>The string for <paramref name="text"/>, shared with earlier calls when possible.</summary>
    public static string Get(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength) return new string(text);
        var slot = (int)((uint)Hash(text) % Slots);
        var cached = Volatile.Read(ref Table[slot]);
        if (cached is not null && text.SequenceEqual(cached)) return cached;
        var created = new string(text);
        Volatile.Write(ref Table[slot], created);
        return created;
    }

    private static int Hash(ReadOnlySpan<char> text)
    {
        // FNV-1a over UTF-16 units: cheap, and names are short.
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return (int)hash;
    }
}
