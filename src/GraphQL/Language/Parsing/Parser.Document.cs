namespace StudyGraph.GraphQL.Language;

public ref partial struct Parser
{
    /// <summary>Document :: Definition+</summary>
    private DocumentNode ParseDocument()
    {
        ExpectToken(TokenKind.StartOfFile);
        var definitions = _nodes.Begin();
        do
        {
            _nodes.Push(ParseDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.EndOfFile));
        return new DocumentNode
        {
            Definitions = _nodes.End<DefinitionNode>(definitions),
            Location = _options.NoLocation ? default : new Location(0, _lexer.Source.Length, 1, 1),
        };
    }

    /// <summary>
    /// Definition :: ExecutableDefinition | TypeSystemDefinitionOrExtension;
    /// ExecutableDefinition :: OperationDefinition | FragmentDefinition;
    /// TypeSystemDefinitionOrExtension :: TypeSystemDefinition | TypeSystemExtension
    /// </summary>
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL)) return ParseOperationDefinition();

        // Many definitions begin with a description and require a lookahead.
        var hasDescription = PeekDescription();
        var keyword = hasDescription ? Lookahead() : _lexer;
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Text)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
            }
            if (hasDescription)
            {
                throw SyntaxErrors.At(_lexer.Source, _lexer.Start, "Unexpected description, descriptions are supported only on type definitions.");
            }
            switch (keyword.Text)
            {
                case "query":
                case "mutation":
                case "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
                case "extend":
                    return ParseTypeSystemExtension();
            }
        }
        throw Unexpected(ref keyword);
    }
}
