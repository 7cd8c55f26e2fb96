using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Tests.Language;

public sealed class ParserTests
{
    private static GraphQLSyntaxException Rejects(string source) => Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));

    [Fact]
    public void Operation_with_variables_directives_fragments_builds_the_expected_tree()
    {
        var doc = Parser.Parse("query Q($id: ID! = \"x\" @v) @op { a: exam(id: $id) { ...F ... on Exam @i { code } } }\nfragment F on Exam { name }");
        var op = Assert.IsType<OperationDefinitionNode>(doc.Definitions[0]);
        Assert.Equal((OperationType.Query, "Q"), (op.Operation, op.Name!.Value));
        var variable = Assert.Single(op.VariableDefinitions);
        Assert.Equal("id", variable.Variable.Name.Value);
        Assert.Equal("ID", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(variable.Type).Type).Name.Value);
        Assert.Equal("x", Assert.IsType<StringValueNode>(variable.DefaultValue).Value);
        Assert.Equal("v", Assert.Single(variable.Directives).Name.Value);
        Assert.Equal("op", Assert.Single(op.Directives).Name.Value);
        var field = Assert.IsType<FieldNode>(Assert.Single(op.SelectionSet.Selections));
        Assert.Equal(("a", "exam"), (field.Alias!.Value, field.Name.Value));
        Assert.Equal("id", Assert.IsType<VariableNode>(Assert.Single(field.Arguments).Value).Name.Value);
        Assert.Equal("F", Assert.IsType<FragmentSpreadNode>(field.SelectionSet!.Selections[0]).Name.Value);
        var inline = Assert.IsType<InlineFragmentNode>(field.SelectionSet.Selections[1]);
        Assert.Equal("Exam", inline.TypeCondition!.Name.Value);
        var fragment = Assert.IsType<FragmentDefinitionNode>(doc.Definitions[1]);
        Assert.Equal(("F", "Exam"), (fragment.Name.Value, fragment.TypeCondition.Name.Value));
    }

    [Fact]
    public void Shorthand_query_is_an_anonymous_query()
    {
        var op = Assert.IsType<OperationDefinitionNode>(Assert.Single(Parser.Parse("{ a }").Definitions));
        Assert.Equal(OperationType.Query, op.Operation);
        Assert.Null(op.Name);
        Assert.Empty(op.VariableDefinitions);
    }

    [Fact]
    public void Nodes_carry_start_end_line_and_column()
    {
        var doc = Parser.Parse("\n  query {\n    exam(id: 1) { code }\n  }");
        var op = (OperationDefinitionNode)doc.Definitions[0];
        Assert.Equal(new Location(3, 39, 2, 3), op.Location);
        var field = (FieldNode)op.SelectionSet.Selections[0];
        Assert.Equal(new SourceLocation(3, 5), field.Location.ToSourceLocation());
        Assert.Equal("exam(id: 1) { code }", "\n  query {\n    exam(id: 1) { code }\n  }"[field.Location.Start..field.Location.End]);
        var argument = field.Arguments[0];
        Assert.Equal(new SourceLocation(3, 10), argument.Location.ToSourceLocation());
    }

    [Fact]
    public void NoLocation_leaves_locations_unknown()
    {
        var doc = Parser.Parse("{ a }", new ParserOptions { NoLocation = true });
        Assert.False(doc.Definitions[0].Location.IsKnown);
    }

    [Fact]
    public void Values_of_every_kind()
    {
        var list = Assert.IsType<ListValueNode>(Parser.ParseValue("[1, 2.5, \"s\", \"\"\"b\"\"\", true, false, null, ENUM, $v, [], {a: {b: 1}}]"));
        Assert.Equal(
            [NodeKind.IntValue, NodeKind.FloatValue, NodeKind.StringValue, NodeKind.StringValue, NodeKind.BooleanValue, NodeKind.BooleanValue,
             NodeKind.NullValue, NodeKind.EnumValue, NodeKind.Variable, NodeKind.ListValue, NodeKind.ObjectValue],
            list.Values.Select(v => v.Kind));
        Assert.True(((StringValueNode)list.Values[3]).Block);
        Assert.False(((BooleanValueNode)list.Values[5]).Value);
    }

    [Fact]
    public void Const_values_reject_variables_with_graphql_js_message()
    {
        var e = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseConstValue("{a: [$v]}"));
        Assert.Equal("Syntax Error: Unexpected variable \"$v\" in constant value.", e.Message);
        Assert.Equal((1, 6), (e.Line, e.Column));
    }

    [Fact]
    public void Type_references_nest()
    {
        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[[Int!]]!"));
        var outer = Assert.IsType<ListTypeNode>(type.Type);
        var inner = Assert.IsType<ListTypeNode>(outer.Type);
        Assert.Equal("Int", ((NamedTypeNode)((NonNullTypeNode)inner.Type).Type).Name.Value);
    }

    [Fact]
    public void Type_system_definitions_and_extensions()
    {
        var doc = Parser.Parse(
            "\"d\" schema { query: Q } \"\"\"S\"\"\" scalar S @specifiedBy(url: \"u\") type T implements & I & J @k { f(a: Int = 1 @deprecated): [T!] }\n" +
            "interface I implements J { f: Int } union U = | A | B enum E { A @deprecated B } input In @oneOf { a: Int }\n" +
            "directive @k(x: Int) repeatable on | OBJECT | FIELD extend schema @k extend type T @k extend union U = C extend enum E { C } extend input In { b: Int } extend scalar S @k extend interface I { g: Int }");
        Assert.Equal(
            [NodeKind.SchemaDefinition, NodeKind.ScalarTypeDefinition, NodeKind.ObjectTypeDefinition, NodeKind.InterfaceTypeDefinition,
             NodeKind.UnionTypeDefinition, NodeKind.EnumTypeDefinition, NodeKind.InputObjectTypeDefinition, NodeKind.DirectiveDefinition,
             NodeKind.SchemaExtension, NodeKind.ObjectTypeExtension, NodeKind.UnionTypeExtension, NodeKind.EnumTypeExtension,
             NodeKind.InputObjectTypeExtension, NodeKind.ScalarTypeExtension, NodeKind.InterfaceTypeExtension],
            doc.Definitions.Select(d => d.Kind));
        Assert.Equal("d", ((SchemaDefinitionNode)doc.Definitions[0]).Description!.Value);
        Assert.True(((ScalarTypeDefinitionNode)doc.Definitions[1]).Description!.Block);
        var type = (ObjectTypeDefinitionNode)doc.Definitions[2];
        Assert.Equal(["I", "J"], type.Interfaces.Select(i => i.Name.Value));
        Assert.Equal("deprecated", type.Fields[0].Arguments[0].Directives[0].Name.Value);
        var directive = (DirectiveDefinitionNode)doc.Definitions[7];
        Assert.True(directive.Repeatable);
        Assert.Equal(["OBJECT", "FIELD"], directive.Locations.Select(l => l.Value));
        Assert.Equal(["A", "B"], ((UnionTypeDefinitionNode)doc.Definitions[4]).Types.Select(t => t.Name.Value));
    }

    [Theory]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ a(b) }", "Syntax Error: Expected \":\", found \")\".", 1, 6)]
    [InlineData("query Q($a) { a }", "Syntax Error: Expected \":\", found \")\".", 1, 11)]
    [InlineData("fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("fragment F { a }", "Syntax Error: Expected \"on\", found \"{\".", 1, 12)]
    [InlineData("\"d\" query { a }", "Syntax Error: Unexpected description, descriptions are supported only on type definitions.", 1, 1)]
    [InlineData("enum E { null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("directive @d on FOO", "Syntax Error: Unexpected Name \"FOO\".", 1, 17)]
    [InlineData("extend type T", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend foo", "Syntax Error: Unexpected Name \"foo\".", 1, 8)]
    [InlineData("querry { a }", "Syntax Error: Unexpected Name \"querry\".", 1, 1)]
    [InlineData("schema { querry: Q }", "Syntax Error: Unexpected Name \"querry\".", 1, 10)]
    [InlineData("{ a }\n\n  }", "Syntax Error: Unexpected \"}\".", 3, 3)]
    [InlineData("{ f(a: \"s\" b) }", "Syntax Error: Expected \":\", found \")\".", 1, 13)]
    [InlineData("type T { a: [Int }", "Syntax Error: Expected \"]\", found \"}\".", 1, 18)]
    public void Syntax_errors_match_graphql_js(string source, string message, int line, int column)
    {
        var e = Rejects(source);
        Assert.Equal(message, e.Message);
        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.Equal(new SourceLocation(line, column), Assert.Single(e.Error.Locations!));
    }
}
