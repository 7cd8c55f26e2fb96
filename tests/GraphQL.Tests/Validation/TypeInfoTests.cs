using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Validation;
using static StudyGraph.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace StudyGraph.GraphQL.Tests.Validation;

public sealed class TypeInfoTests
{
    // Records what the tracker says at each node of interest.
    private sealed class Recorder(TypeInfo info) : AstVisitor
    {
        public List<string> Lines { get; } = [];

        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            switch (node)
            {
                case FieldNode f:
                    Lines.Add($"field {f.Name.Value}: parent={info.ParentType} def={info.FieldDef?.Name} type={info.Type}");
                    break;
                case ArgumentNode a:
                    Lines.Add($"arg {a.Name.Value}: {info.Argument?.Name} input={info.InputType} default={info.HasDefaultValue} directive={info.Directive?.Name}");
                    break;
                case ObjectFieldNode o:
                    Lines.Add($"objfield {o.Name.Value}: input={info.InputType} parent={info.ParentInputType} default={info.HasDefaultValue}");
                    break;
                case EnumValueNode e:
                    Lines.Add($"enum {e.Value}: {info.EnumValue?.Name}");
                    break;
                case ListValueNode:
                    Lines.Add($"list: item={info.InputType} parent={info.ParentInputType}");
                    break;
            }
            return VisitAction.Continue;
        }
    }

    private static List<string> Record(string query)
    {
        var info = new TypeInfo(TestSchema);
        var recorder = new Recorder(info);
        AstWalker.Walk(Parser.Parse(query), new TypeInfoVisitor(info, recorder));
        return recorder.Lines;
    }

    [Fact]
    public void Fields_know_their_parent_definition_and_type() =>
        Assert.Equal(
            ["field human: parent=QueryRoot def=human type=Human", "field pets: parent=Human def=pets type=[Pet]",
             "field name: parent=Dog def=name type=String", "field __typename: parent=Pet def=__typename type=String!",
             "field nope: parent=Pet def= type="],
            Record("{ human { pets { ... on Dog { name } __typename nope } } }"));

    [Fact]
    public void Values_know_their_input_types_and_defaults() =>
        Assert.Equal(
            ["field complicatedArgs: parent=QueryRoot def=complicatedArgs type=ComplicatedArgs",
             "field complexArgField: parent=ComplicatedArgs def=complexArgField type=String",
             "arg complexArg: complexArg input=ComplexInput default=False directive=",
             "objfield nonNullField: input=Boolean! parent=ComplexInput default=True",
             "objfield stringListField: input=[String] parent=ComplexInput default=False",
             "list: item=String parent=[String]",
             "field enumArgField: parent=ComplicatedArgs def=enumArgField type=String",
             "arg enumArg: enumArg input=FurColor default=False directive=", "enum TAN: TAN",
             "arg if: if input=Boolean! default=False directive=include"],
            Record("{ complicatedArgs { complexArgField(complexArg: {nonNullField: true, stringListField: [\"a\"]}) enumArgField(enumArg: TAN) @include(if: true) } }"));

    [Fact]
    public void Meta_fields_resolve_only_where_graphql_js_allows_them()
    {
        var schema = TestSchema;
        Assert.NotNull(TypeInfo.GetFieldDef(schema, schema.QueryType!, "__schema"));
        Assert.Null(TypeInfo.GetFieldDef(schema, (NamedType)schema.GetType("Dog")!, "__schema"));
        Assert.NotNull(TypeInfo.GetFieldDef(schema, (NamedType)schema.GetType("CatOrDog")!, "__typename"));
        Assert.Null(TypeInfo.GetFieldDef(schema, (NamedType)schema.GetType("FurColor")!, "__typename"));
    }
}
