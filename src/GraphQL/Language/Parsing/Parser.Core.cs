using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace StudyGraph.GraphQL.Language;

public ref partial struct Parser
{
    /// <summary>The start of a node: where its first token begins.</summary>
    private readonly record struct Mark(int Start, int Line, int Column);

    private readonly Mark Here() => new(_lexer.Start, _lexer.Line, _lexer.Column);

    private readonly Location Loc(Mark start) =>
        _options.NoLocation ? default : new Location(start.Start, _lexer.PreviousEnd, start.Line, start.Column);

    private readonly bool Peek(TokenKind kind) => _lexer.Kind == kind;

    private void Advance()
    {
        _lexer.Advance();
        if (_lexer.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
        {
            throw SyntaxErrors.At(_lexer.Source, _lexer.Start, $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.");
        }
    }

    private void ExpectToken(TokenKind kind)
    {
        if (_lexer.Kind != kind) ThrowExpected(TokenKinds.Describe(kind));
        Advance();
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_lexer.Kind != kind) return false;
        Advance();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!_lexer.IsKeyword(keyword)) ThrowExpected("\"" + keyword + "\"");
        Advance();
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        if (!_lexer.IsKeyword(keyword)) return false;
        Advance();
        return true;
    }

    /// <summary>Enters one nesting level (selection set, list or object value, list type); bounded by MaxDepth and the stack.</summary>
    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw SyntaxErrors.At(_lexer.Source, _lexer.Start, $"Document exceeds the maximum nesting depth of {_options.MaxDepth}.");
        }
    }

    private void LeaveNesting() => _depth--;

    [DoesNotReturn]
    private void ThrowExpected(string expected) =>
        throw SyntaxErrors.At(_lexer.Source, _lexer.Start, $"Expected {expected}, found {DescribeCurrent()}.");

    [DoesNotReturn]
    private void ThrowUnexpected() => throw Unexpected(ref _lexer);

    private static GraphQLSyntaxException Unexpected(ref Lexer at) =>
        SyntaxErrors.At(at.Source, at.Start, $"Unexpected {SyntaxErrors.DescribeToken(at.Kind, at.Value)}.");

    private string DescribeCurrent() => SyntaxErrors.DescribeToken(_lexer.Kind, _lexer.Value);

    /// <summary>The token after the current one, without moving (lexes ahead on a copy of the lexer).</summary>
    private readonly Lexer Lookahead()
    {
        var copy = _lexer;
        copy.Advance();
        return copy;
    }

    /// <summary>Name :: /[_A-Za-z][_0-9A-Za-z]*/</summary>
    private NameNode ParseName()
    {
        var start = Here();
        if (_lexer.Kind != TokenKind.Name) ThrowExpected("Name");
        var value = _lexer.Value!;
        Advance();
        return new NameNode { Value = value, Location = Loc(start) };
    }
}
