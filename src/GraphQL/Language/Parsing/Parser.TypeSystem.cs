namespace StudyGraph.GraphQL.Language;

public ref partial struct Parser
{
    private readonly bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    /// <summary>Description :: StringValue</summary>
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    /// <summary>SchemaDefinition :: Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</summary>
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        ExpectToken(TokenKind.BraceL);
        var operationTypes = _nodes.Begin();
        do
        {
            _nodes.Push(ParseOperationTypeDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.BraceR));
        return new SchemaDefinitionNode { Description = description, Directives = directives, OperationTypes = _nodes.End<OperationTypeDefinitionNode>(operationTypes), Location = Loc(start) };
    }

    /// <summary>RootOperationTypeDefinition :: OperationType : NamedType</summary>
    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = Here();
        var operation = ParseOperationType();
        ExpectToken(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode { Operation = operation, Type = type, Location = Loc(start) };
    }

    /// <summary>ScalarTypeDefinition :: Description? scalar Name Directives[Const]?</summary>
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode { Description = description, Name = name, Directives = directives, Location = Loc(start) };
    }

    /// <summary>ObjectTypeDefinition :: Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode { Description = description, Name = name, Interfaces = interfaces, Directives = directives, Fields = fields, Location = Loc(start) };
    }

    /// <summary>ImplementsInterfaces :: ImplementsInterfaces &amp; NamedType | implements &amp;? NamedType</summary>
    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces()
    {
        if (!ExpectOptionalKeyword("implements")) return [];
        ExpectOptionalToken(TokenKind.Amp);
        var list = _nodes.Begin();
        do
        {
            _nodes.Push(ParseNamedType());
        }
        while (ExpectOptionalToken(TokenKind.Amp));
        return _nodes.End<NamedTypeNode>(list);
    }

    /// <summary>FieldsDefinition :: { FieldDefinition+ }</summary>
    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition()
    {
        if (!ExpectOptionalToken(TokenKind.BraceL)) return [];
        var list = _nodes.Begin();
        do
        {
            _nodes.Push(ParseFieldDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.BraceR));
        return _nodes.End<FieldDefinitionNode>(list);
    }

    /// <summary>FieldDefinition :: Description? Name ArgumentsDefinition? : Type Directives[Const]?</summary>
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode { Description = description, Name = name, Arguments = arguments, Type = type, Directives = directives, Location = Loc(start) };
    }

    /// <summary>ArgumentsDefinition :: ( InputValueDefinition+ )</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefinitions() => ParseInputValueDefinitions(TokenKind.ParenL, TokenKind.ParenR);

    /// <summary>InputFieldsDefinition :: { InputValueDefinition+ }</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition() => ParseInputValueDefinitions(TokenKind.BraceL, TokenKind.BraceR);

    private IReadOnlyList<InputValueDefinitionNode> ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!ExpectOptionalToken(open)) return [];
        var list = _nodes.Begin();
        do
        {
            _nodes.Push(ParseInputValueDefinition());
        }
        while (!ExpectOptionalToken(close));
        return _nodes.End<InputValueDefinitionNode>(list);
    }

    /// <summary>InputValueDefinition :: Description? Name : Type DefaultValue? Directives[Const]?</summary>
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode { Description = description, Name = name, Type = type, DefaultValue = defaultValue, Directives = directives, Location = Loc(start) };
    }

    /// <summary>InterfaceTypeDefinition :: Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode { Description = description, Name = name, Interfaces = interfaces, Directives = directives, Fields = fields, Location = Loc(start) };
    }

    /// <summary>UnionTypeDefinition :: Description? union Name Directives[Const]? UnionMemberTypes?</summary>
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode { Description = description, Name = name, Directives = directives, Types = types, Location = Loc(start) };
    }

    /// <summary>UnionMemberTypes :: UnionMemberTypes | NamedType | = |? NamedType</summary>
    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes()
    {
        if (!ExpectOptionalToken(TokenKind.Equals)) return [];
        ExpectOptionalToken(TokenKind.Pipe);
        var list = _nodes.Begin();
        do
        {
            _nodes.Push(ParseNamedType());
        }
        while (ExpectOptionalToken(TokenKind.Pipe));
        return _nodes.End<NamedTypeNode>(list);
    }

    /// <summary>EnumTypeDefinition :: Description? enum Name Directives[Const]? EnumValuesDefinition?</summary>
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode { Description = description, Name = name, Directives = directives, Values = values, Location = Loc(start) };
    }

    /// <summary>EnumValuesDefinition :: { EnumValueDefinition+ }</summary>
    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition()
    {
        if (!ExpectOptionalToken(TokenKind.BraceL)) return [];
        var list = _nodes.Begin();
        do
        {
            _nodes.Push(ParseEnumValueDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.BraceR));
        return _nodes.End<EnumValueDefinitionNode>(list);
    }

    /// <summary>EnumValueDefinition :: Description? EnumValue Directives[Const]?</summary>
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        if (_lexer.ValueIs("true") || _lexer.ValueIs("false") || _lexer.ValueIs("null"))
        {
            throw SyntaxErrors.At(_lexer.Source, _lexer.Start, $"{DescribeCurrent()} is reserved and cannot be used for an enum value.");
        }
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode { Description = description, Name = name, Directives = directives, Location = Loc(start) };
    }

    /// <summary>InputObjectTypeDefinition :: Description? input Name Directives[Const]? InputFieldsDefinition?</summary>
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode { Description = description, Name = name, Directives = directives, Fields = fields, Location = Loc(start) };
    }

    /// <summary>
    /// DirectiveDefinition :: Description? directive @ Name ArgumentsDefinition? `repeatable`? on DirectiveLocations;
    /// DirectiveLocations :: DirectiveLocations | DirectiveLocation | `|`? DirectiveLocation
    /// </summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("directive");
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        ExpectOptionalToken(TokenKind.Pipe);
        var locations = _nodes.Begin();
        do
        {
            _nodes.Push(ParseDirectiveLocation());
        }
        while (ExpectOptionalToken(TokenKind.Pipe));
        return new DirectiveDefinitionNode { Description = description, Name = name, Arguments = arguments, Repeatable = repeatable, Locations = _nodes.End<NameNode>(locations), Location = Loc(start) };
    }

    /// <summary>DirectiveLocation :: ExecutableDirectiveLocation | TypeSystemDirectiveLocation (a name such as FIELD)</summary>
    private NameNode ParseDirectiveLocation()
    {
        var at = _lexer;
        var name = ParseName();
        if (DirectiveLocations.TryParse(name.Value, out _)) return name;
        throw Unexpected(ref at);
    }
}
