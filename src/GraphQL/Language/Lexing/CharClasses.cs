namespace StudyGraph.GraphQL.Language;

/// <summary>Character classes of the GraphQL lexical grammar (spec section 2.1).</summary>
internal static class CharClasses
{
    /// <summary>WhiteSpace :: Horizontal Tab (U+0009) | Space (U+0020).</summary>
    public static bool IsWhiteSpace(char c) => c == '\t' || c == ' ';

    /// <summary>Digit :: one of 0 1 2 3 4 5 6 7 8 9.</summary>
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>Letter :: one of A-Z a-z.</summary>
    public static bool IsLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    /// <summary>NameStart :: Letter | `_`.</summary>
    public static bool IsNameStart(char c) => IsLetter(c) || c == '_';

    /// <summary>NameContinue :: Letter | Digit | `_`.</summary>
    public static bool IsNameContinue(char c) => IsLetter(c) || IsDigit(c) || c == '_';
}
