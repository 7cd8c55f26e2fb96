using System.Text.Json;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Tests.Language.Support;
using StudyGraph.Testing;

namespace StudyGraph.GraphQL.Tests.Language;

/// <summary>The shared test schemas (tests/GraphQL.Tests/Schemas) are valid for graphql-js and cover what they promise.</summary>
public sealed class TestSchemasTests
{
    private static readonly string[] SchemaFiles = ["kitchen-sink.graphql", "studygraph-large.graphql"];

    [Fact]
    public void Both_schemas_are_valid_for_graphql_js_buildSchema()
    {
        var sources = SchemaFiles.Select(SyntaxCorpus.Schema).ToList();
        var stdout = NodeOracle.Run("graphql/parse-build-schema.js", JsonStrings.Array(sources));
        using var doc = JsonDocument.Parse(stdout);
        var i = 0;
        foreach (var result in doc.RootElement.EnumerateArray())
        {
            Assert.True(result.GetProperty("ok").GetBoolean(), $"{SchemaFiles[i]}: {result}");
            i++;
        }
        Assert.Equal(2, i);
    }

    [Fact]
    public void Large_schema_has_more_than_40_types()
    {
        var doc = Parser.Parse(SyntaxCorpus.Schema("studygraph-large.graphql"));
        Assert.True(doc.Definitions.OfType<TypeDefinitionNode>().Count() > 40);
    }

    [Fact]
    public void Kitchen_sink_uses_every_type_system_feature()
    {
        var doc = Parser.Parse(SyntaxCorpus.Schema("kitchen-sink.graphql"));
        var kinds = doc.Definitions.Select(d => d.Kind).ToHashSet();
        foreach (var kind in new[]
        {
            NodeKind.SchemaDefinition, NodeKind.ScalarTypeDefinition, NodeKind.ObjectTypeDefinition, NodeKind.InterfaceTypeDefinition,
            NodeKind.UnionTypeDefinition, NodeKind.EnumTypeDefinition, NodeKind.InputObjectTypeDefinition, NodeKind.DirectiveDefinition,
            NodeKind.SchemaExtension, NodeKind.ScalarTypeExtension, NodeKind.ObjectTypeExtension, NodeKind.InterfaceTypeExtension,
            NodeKind.UnionTypeExtension, NodeKind.EnumTypeExtension, NodeKind.InputObjectTypeExtension,
        })
        {
            Assert.Contains(kind, kinds);
        }
        var text = SyntaxCorpus.Schema("kitchen-sink.graphql");
        foreach (var feature in new[] { "repeatable", "@oneOf", "@specifiedBy", "interface Resource implements", "\"\"\"", "@deprecated(reason:" })
        {
            Assert.Contains(feature, text, StringComparison.Ordinal);
        }
        var deprecatedOn = new HashSet<NodeKind>();
        AstWalker.Walk(doc, new DeprecatedCollector(deprecatedOn));
        Assert.Superset(new HashSet<NodeKind> { NodeKind.FieldDefinition, NodeKind.InputValueDefinition, NodeKind.EnumValueDefinition }, deprecatedOn);
    }

    private sealed class DeprecatedCollector(HashSet<NodeKind> kinds) : AstVisitor
    {
        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            if (node is DirectiveNode { Name.Value: "deprecated" }) kinds.Add(ancestors[^1].Kind);
            return VisitAction.Continue;
        }
    }
}
