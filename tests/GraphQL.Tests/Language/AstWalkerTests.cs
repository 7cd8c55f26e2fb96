using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Tests.Language;

public sealed class AstWalkerTests
{
    private static DocumentNode SampleDocument() => new()
    {
        Definitions =
        [
            new OperationDefinitionNode
            {
                Operation = OperationType.Query,
                Name = new NameNode { Value = "Q" },
                SelectionSet = new SelectionSetNode
                {
                    Selections =
                    [
                        new FieldNode
                        {
                            Alias = new NameNode { Value = "a" },
                            Name = new NameNode { Value = "exam" },
                            Arguments = [new ArgumentNode { Name = new NameNode { Value = "id" }, Value = new IntValueNode { Value = "1" } }],
                            SelectionSet = new SelectionSetNode { Selections = [new FieldNode { Name = new NameNode { Value = "code" } }] },
                        },
                    ],
                },
            },
        ],
    };

    private sealed class Recorder : AstVisitor
    {
        public List<string> Events { get; } = [];
        public NodeKind? SkipKind { get; init; }

        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            Events.Add($"enter {node.Kind} {ancestors.Count}");
            return node.Kind == SkipKind ? VisitAction.Skip : VisitAction.Continue;
        }

        public override VisitAction Leave(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            Events.Add($"leave {node.Kind}");
            return VisitAction.Continue;
        }
    }

    [Fact]
    public void Walk_visits_children_in_graphql_js_order_with_ancestor_depth()
    {
        var r = new Recorder();
        AstWalker.Walk(SampleDocument(), r);
        var enters = r.Events.Where(e => e.StartsWith("enter", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["enter Document 0", "enter OperationDefinition 1", "enter Name 2", "enter SelectionSet 2", "enter Field 3",
             "enter Name 4", "enter Name 4", "enter Argument 4", "enter Name 5", "enter IntValue 5", "enter SelectionSet 4",
             "enter Field 5", "enter Name 6"],
            enters);
        Assert.Equal("leave Document", r.Events[^1]);
    }

    [Fact]
    public void Skip_hides_the_subtree_and_the_leave_call()
    {
        var r = new Recorder { SkipKind = NodeKind.Argument };
        AstWalker.Walk(SampleDocument(), r);
        Assert.DoesNotContain("enter IntValue 5", r.Events);
        Assert.DoesNotContain("leave Argument", r.Events);
        Assert.Contains("enter SelectionSet 4", r.Events);
    }

    [Fact]
    public void Parallel_visitor_skips_per_visitor()
    {
        var skipping = new Recorder { SkipKind = NodeKind.Field };
        var all = new Recorder();
        AstWalker.Walk(SampleDocument(), new ParallelVisitor([skipping, all]));
        Assert.DoesNotContain(skipping.Events, e => e.Contains("Argument", StringComparison.Ordinal));
        Assert.Contains(all.Events, e => e.Contains("Argument", StringComparison.Ordinal));
        Assert.Equal("leave Document", skipping.Events[^1]);
    }

    [Fact]
    public void Printer_prints_hand_built_ast()
    {
        Assert.Equal("query Q {\n  a: exam(id: 1) {\n    code\n  }\n}", Printer.Print(SampleDocument()));
    }
}
