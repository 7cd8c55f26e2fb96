namespace StudyGraph.GraphQL.Language;

/// <summary>
/// Limits and switches for <see cref="Parser"/>. Every limit guards against hostile client documents; the parser
/// refuses MaxTokens or MaxDepth below 1 and a negative MaxDocumentLength with <see cref="ArgumentOutOfRangeException"/>.
/// </summary>
public sealed record ParserOptions
{
    /// <summary>The defaults: 15,000 tokens, depth 64, 1,000,000 characters, locations recorded.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>Maximum number of lexical tokens (punctuators, names, numbers, strings; not comments). Default 15,000.</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>Maximum nesting depth of selection sets, list/object values and list/non-null types together. Default 64.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Maximum document length in characters (UTF-16 code units). Default 1,000,000.</summary>
    public int MaxDocumentLength { get; init; } = 1_000_000;

    /// <summary>When true, nodes carry no <see cref="Location"/> (slightly faster; errors from later phases then have no locations).</summary>
    public bool NoLocation { get; init; }
}
