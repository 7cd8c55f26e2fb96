namespace StudyGraph.GraphQL.Language;

public ref partial struct Parser
{
    /// <summary>Type :: NamedType | ListType | NonNullType; ListType :: [ Type ]; NonNullType :: NamedType ! | ListType !</summary>
    private TypeNode ParseTypeReference()
    {
        var start = Here();
        TypeNode type;
        if (Peek(TokenKind.BracketL))
        {
            EnterNesting();
            Advance();
            var inner = ParseTypeReference();
            ExpectToken(TokenKind.BracketR);
            LeaveNesting();
            type = new ListTypeNode { Type = inner, Location = Loc(start) };
        }
        else
        {
            type = ParseNamedType();
        }
        if (ExpectOptionalToken(TokenKind.Bang))
        {
            return new NonNullTypeNode { Type = type, Location = Loc(start) };
        }
        return type;
    }

    /// <summary>NamedType :: Name</summary>
    private NamedTypeNode ParseNamedType()
    {
        var start = Here();
        var name = ParseName();
        return new NamedTypeNode { Name = name, Location = Loc(start) };
    }
}
