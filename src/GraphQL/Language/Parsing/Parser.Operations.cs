namespace StudyGraph.GraphQL.Language;

public ref partial struct Parser
{
    /// <summary>
    /// OperationDefinition :: OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet
    /// </summary>
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Here();
        if (Peek(TokenKind.BraceL))
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode { Operation = OperationType.Query, SelectionSet = shorthand, Location = Loc(start) };
        }
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode
        {
            Operation = operation,
            Name = name,
            VariableDefinitions = variables,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = Loc(start),
        };
    }

    /// <summary>OperationType :: one of `query` `mutation` `subscription`</summary>
    private OperationType ParseOperationType()
    {
        if (_lexer.Kind != TokenKind.Name) ThrowExpected("Name");
        var at = _lexer;
        OperationType? operation = _lexer.Text switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => null,
        };
        Advance();
        return operation ?? throw Unexpected(ref at);
    }

    /// <summary>VariablesDefinition :: ( VariableDefinition+ )</summary>
    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!ExpectOptionalToken(TokenKind.ParenL)) return [];
        var list = _nodes.Begin();
        do
        {
            _nodes.Push(ParseVariableDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.ParenR));
        return _nodes.End<VariableDefinitionNode>(list);
    }

    /// <summary>VariableDefinition :: Variable : Type DefaultValue? Directives[Const]?</summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Here();
        var variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode { Variable = variable, Type = type, DefaultValue = defaultValue, Directives = directives, Location = Loc(start) };
    }

    /// <summary>Variable :: $ Name</summary>
    private VariableNode ParseVariable()
    {
        var start = Here();
        ExpectToken(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode { Name = name, Location = Loc(start) };
    }

    /// <summary>SelectionSet :: { Selection+ }</summary>
    private SelectionSetNode ParseSelectionSet()
    {
        var start = Here();
        EnterNesting();
        ExpectToken(TokenKind.BraceL);
        var selections = _nodes.Begin();
        do
        {
            _nodes.Push(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        }
        while (!ExpectOptionalToken(TokenKind.BraceR));
        LeaveNesting();
        return new SelectionSetNode { Selections = _nodes.End<SelectionNode>(selections), Location = Loc(start) };
    }

    /// <summary>Field :: Alias? Name Arguments? Directives? SelectionSet?; Alias :: Name :</summary>
    private FieldNode ParseField()
    {
        var start = Here();
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode { Alias = alias, Name = name, Arguments = arguments, Directives = directives, SelectionSet = selectionSet, Location = Loc(start) };
    }

    /// <summary>Arguments[Const] :: ( Argument[?Const]+ )</summary>
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!ExpectOptionalToken(TokenKind.ParenL)) return [];
        var list = _nodes.Begin();
        do
        {
            _nodes.Push(ParseArgument(isConst));
        }
        while (!ExpectOptionalToken(TokenKind.ParenR));
        return _nodes.End<ArgumentNode>(list);
    }

    /// <summary>Argument[Const] :: Name : Value[?Const]</summary>
    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = Here();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ArgumentNode { Name = name, Value = value, Location = Loc(start) };
    }
}
