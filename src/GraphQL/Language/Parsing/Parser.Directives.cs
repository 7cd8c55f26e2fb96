namespace StudyGraph.GraphQL.Language;

public ref partial struct Parser
{
    /// <summary>Directives[Const] :: Directive[?Const]+</summary>
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At)) return [];
        var list = _nodes.Begin();
        while (Peek(TokenKind.At)) _nodes.Push(ParseDirective(isConst));
        return _nodes.End<DirectiveNode>(list);
    }

    /// <summary>Directive[Const] :: @ Name Arguments[?Const]?</summary>
    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = Here();
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArguments(isConst);
        return new DirectiveNode { Name = name, Arguments = arguments, Location = Loc(start) };
    }
}
