using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.2.3.1 Single Root Field: a subscription selects exactly one root field (after collecting fields with
/// <c>@skip</c>/<c>@include</c> literals applied), and not an introspection field.
/// </summary>
public sealed class SingleFieldSubscriptionsRule : RuleVisitor
{
    private SingleFieldSubscriptionsRule(ValidationContext context) : base(context) { }

    /// <summary>Creates the rule's visitor for one run.</summary>
    public static AstVisitor Create(ValidationContext context) => new SingleFieldSubscriptionsRule(context);

    /// <inheritdoc/>
    protected override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Operation != OperationType.Subscription) return VisitAction.Continue;
        var subscriptionType = Context.Schema.SubscriptionType;
        if (subscriptionType is null) return VisitAction.Continue;
        var name = node.Name?.Value;
        var fields = new List<(string Key, List<FieldNode> Nodes)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        Collect(subscriptionType, node.SelectionSet, fields, index, new HashSet<string>(StringComparer.Ordinal));
        if (fields.Count > 1)
        {
            var extra = new List<AstNode>();
            for (var i = 1; i < fields.Count; i++) extra.AddRange(fields[i].Nodes);
            Context.ReportError(name is not null
                ? $"Subscription \"{name}\" must select only one top level field."
                : "Anonymous Subscription must select only one top level field.", extra);
        }
        foreach (var (_, nodes) in fields)
        {
            if (!nodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal)) continue;
            Context.ReportError(name is not null
                ? $"Subscription \"{name}\" must not select an introspection top level field."
                : "Anonymous Subscription must not select an introspection top level field.", nodes);
        }
        return VisitAction.Continue;
    }

    private void Collect(ObjectType type, SelectionSetNode set, List<(string Key, List<FieldNode> Nodes)> fields,
        Dictionary<string, int> index, HashSet<string> visited)
    {
        foreach (var selection in set.Selections)
        {
            if (!ShouldInclude(selection)) continue;
            switch (selection)
            {
                case FieldNode field:
                    {
                        var key = field.Alias?.Value ?? field.Name.Value;
                        if (index.TryGetValue(key, out var i)) fields[i].Nodes.Add(field);
                        else
                        {
                            index[key] = fields.Count;
                            fields.Add((key, [field]));
                        }
                        break;
                    }
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || Matches(inline.TypeCondition, type))
                        Collect(type, inline.SelectionSet, fields, index, visited);
                    break;
                case FragmentSpreadNode spread:
                    {
                        if (!visited.Add(spread.Name.Value)) break;
                        var fragment = Context.GetFragment(spread.Name.Value);
                        if (fragment is null || !Matches(fragment.TypeCondition, type)) break;
                        Collect(type, fragment.SelectionSet, fields, index, visited);
                        break;
                    }
            }
        }
    }

    private bool Matches(NamedTypeNode condition, ObjectType type)
    {
        var conditional = TypeFromAst.Get(Context.Schema, condition);
        if (ReferenceEquals(conditional, type)) return true;
        return conditional is NamedType { IsAbstractType: true } abs && Context.Schema.IsSubType(abs, type);
    }

    // @skip(if: true) / @include(if: false) literals exclude; variables have no runtime value during validation
    // (graphql-js throws there), so anything else includes.
    private static bool ShouldInclude(SelectionNode selection)
        => !IfArgumentIs(selection, "skip", true) && !IfArgumentIs(selection, "include", false);

    private static bool IfArgumentIs(SelectionNode selection, string directiveName, bool expected)
    {
        foreach (var directive in selection.Directives)
        {
            if (directive.Name.Value != directiveName) continue;
            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == "if") return argument.Value is BooleanValueNode b && b.Value == expected;
            }
            return false;
        }
        return false;
    }
}
