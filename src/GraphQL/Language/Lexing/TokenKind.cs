namespace StudyGraph.GraphQL.Language;

/// <summary>The lexical token kinds (spec section 2.1.6 "Lexical Tokens", plus start and end of file).</summary>
public enum TokenKind
{
    /// <summary>Start of file (before the first token).</summary>
    StartOfFile,

    /// <summary>End of file.</summary>
    EndOfFile,

    /// <summary>`!`</summary>
    Bang,

    /// <summary>`$`</summary>
    Dollar,

    /// <summary>`&amp;`</summary>
    Amp,

    /// <summary>`(`</summary>
    ParenL,

    /// <summary>`)`</summary>
    ParenR,

    /// <summary>`...`</summary>
    Spread,

    /// <summary>`:`</summary>
    Colon,

    /// <summary>`=`</summary>
    Equals,

    /// <summary>`@`</summary>
    At,

    /// <summary>`[`</summary>
    BracketL,

    /// <summary>`]`</summary>
    BracketR,

    /// <summary>`{`</summary>
    BraceL,

    /// <summary>`|`</summary>
    Pipe,

    /// <summary>`}`</summary>
    BraceR,

    /// <summary>A name.</summary>
    Name,

    /// <summary>An integer literal.</summary>
    Int,

    /// <summary>A float literal.</summary>
    Float,

    /// <summary>A quoted string literal.</summary>
    String,

    /// <summary>A block string literal.</summary>
    BlockString,
}
