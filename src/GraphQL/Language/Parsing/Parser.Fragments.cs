namespace StudyGraph.GraphQL.Language;

public ref partial struct Parser
{
    /// <summary>
    /// FragmentSpread :: ... FragmentName Directives?;
    /// InlineFragment :: ... TypeCondition? Directives? SelectionSet
    /// </summary>
    private SelectionNode ParseFragment()
    {
        var start = Here();
        ExpectToken(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode { Name = name, Directives = spreadDirectives, Location = Loc(start) };
        }
        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode { TypeCondition = typeCondition, Directives = directives, SelectionSet = selectionSet, Location = Loc(start) };
    }

    /// <summary>FragmentDefinition :: fragment FragmentName TypeCondition Directives? SelectionSet; TypeCondition :: on NamedType</summary>
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Here();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode { Name = name, TypeCondition = typeCondition, Directives = directives, SelectionSet = selectionSet, Location = Loc(start) };
    }

    /// <summary>FragmentName :: Name but not `on`</summary>
    private NameNode ParseFragmentName()
    {
        if (_lexer.ValueIs("on")) ThrowUnexpected();
        return ParseName();
    }
}
