namespace StudyGraph.GraphQL.Language;

public ref partial struct Parser
{
    /// <summary>
    /// Value[Const] :: [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue
    /// | ListValue[?Const] | ObjectValue[?Const];
    /// BooleanValue :: one of `true` `false`; NullValue :: `null`; EnumValue :: Name but not `true`, `false` or `null`
    /// </summary>
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var start = Here();
        switch (_lexer.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
            {
                var text = _lexer.Value!;
                Advance();
                return new IntValueNode { Value = text, Location = Loc(start) };
            }
            case TokenKind.Float:
            {
                var text = _lexer.Value!;
                Advance();
                return new FloatValueNode { Value = text, Location = Loc(start) };
            }
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                return ParseNameValue(start);
            case TokenKind.Dollar:
                if (isConst) ThrowVariableInConstant();
                return ParseVariable();
            default:
                ThrowUnexpected();
                return null!;
        }
    }

    private ValueNode ParseNameValue(Mark start)
    {
        var text = _lexer.Text;
        if (text is "true" or "false")
        {
            var b = text is "true";
            Advance();
            return new BooleanValueNode { Value = b, Location = Loc(start) };
        }
        if (text is "null")
        {
            Advance();
            return new NullValueNode { Location = Loc(start) };
        }
        var name = _lexer.Value!;
        Advance();
        return new EnumValueNode { Value = name, Location = Loc(start) };
    }

    private void ThrowVariableInConstant()
    {
        var dollar = _lexer;
        ExpectToken(TokenKind.Dollar);
        if (_lexer.Kind == TokenKind.Name)
        {
            throw SyntaxErrors.At(_lexer.Source, dollar.Start, $"Unexpected variable \"${_lexer.Value}\" in constant value.");
        }
        throw Unexpected(ref dollar);
    }

    /// <summary>StringValue (quoted or block), as a node with its block flag.</summary>
    private StringValueNode ParseStringLiteral()
    {
        var start = Here();
        var block = _lexer.Kind == TokenKind.BlockString;
        var value = _lexer.Value!;
        Advance();
        return new StringValueNode { Value = value, Block = block, Location = Loc(start) };
    }

    /// <summary>ListValue[Const] :: [ ] | [ Value[?Const]+ ]</summary>
    private ListValueNode ParseList(bool isConst)
    {
        var start = Here();
        EnterNesting();
        ExpectToken(TokenKind.BracketL);
        var values = _nodes.Begin();
        while (!ExpectOptionalToken(TokenKind.BracketR))
        {
            _nodes.Push(ParseValueLiteral(isConst));
        }
        LeaveNesting();
        return new ListValueNode { Values = _nodes.End<ValueNode>(values), Location = Loc(start) };
    }

    /// <summary>ObjectValue[Const] :: { } | { ObjectField[?Const]+ }</summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = Here();
        EnterNesting();
        ExpectToken(TokenKind.BraceL);
        var fields = _nodes.Begin();
        while (!ExpectOptionalToken(TokenKind.BraceR))
        {
            _nodes.Push(ParseObjectField(isConst));
        }
        LeaveNesting();
        return new ObjectValueNode { Fields = _nodes.End<ObjectFieldNode>(fields), Location = Loc(start) };
    }

    /// <summary>ObjectField[Const] :: Name : Value[?Const]</summary>
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = Here();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode { Name = name, Value = value, Location = Loc(start) };
    }
}
