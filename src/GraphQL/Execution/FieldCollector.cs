using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Execution;

/// <summary>
/// Spec 6.3.2 <c>CollectFields</c>: groups the selections that apply to an object type by response key, honouring
/// <c>@skip</c>/<c>@include</c> and fragment type conditions (<c>DoesFragmentTypeApply</c>).
/// </summary>
public static class FieldCollector
{
    /// <summary>Collects the fields of <paramref name="selectionSet"/> for <paramref name="objectType"/> into <paramref name="fields"/>.</summary>
    public static void Collect(GraphQLSchema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?>? variables, ObjectType objectType, SelectionSetNode selectionSet,
        OrderedDictionary<string, List<FieldNode>> fields, HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(schema, variables, selection)) continue;
            switch (selection)
            {
                case FieldNode field:
                    {
                        var key = field.Alias?.Value ?? field.Name.Value;
                        if (!fields.TryGetValue(key, out var list)) fields.Add(key, list = new List<FieldNode>(1));
                        list.Add(field);
                        break;
                    }
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is not null && !DoesFragmentTypeApply(schema, objectType, inline.TypeCondition)) continue;
                    Collect(schema, fragments, variables, objectType, inline.SelectionSet, fields, visitedFragments);
                    break;
                case FragmentSpreadNode spread:
                    {
                        var name = spread.Name.Value;
                        if (!visitedFragments.Add(name)) continue;
                        if (!fragments.TryGetValue(name, out var fragment) || !DoesFragmentTypeApply(schema, objectType, fragment.TypeCondition)) continue;
                        Collect(schema, fragments, variables, objectType, fragment.SelectionSet, fields, visitedFragments);
                        break;
                    }
            }
        }
    }

    /// <summary>Whether the fragment's type condition names <paramref name="objectType"/> or an abstract type it belongs to.</summary>
    public static bool DoesFragmentTypeApply(GraphQLSchema schema, ObjectType objectType, NamedTypeNode typeCondition)
    {
        var conditional = schema.GetType(typeCondition.Name.Value);
        if (conditional is null) return false;
        if (ReferenceEquals(conditional, objectType)) return true;
        return conditional.IsAbstractType && schema.IsSubType(conditional, objectType);
    }

    /// <summary>Spec 6.3.2: false when <c>@skip(if: true)</c> or <c>@include(if: false)</c> applies to the selection.</summary>
    public static bool ShouldInclude(GraphQLSchema schema, IReadOnlyDictionary<string, object?>? variables, SelectionNode node)
    {
        if (node.Directives.Count == 0) return true;
        if (DirectiveIf(schema, variables, node, "skip") is true) return false;
        if (DirectiveIf(schema, variables, node, "include") is false) return false;
        return true;
    }

    private static bool? DirectiveIf(GraphQLSchema schema, IReadOnlyDictionary<string, object?>? variables, SelectionNode node, string name)
    {
        foreach (var directive in node.Directives)
        {
            if (directive.Name.Value != name) continue;
            var definition = schema.GetDirective(name) ?? (name == "skip" ? DirectiveDefinition.Skip : DirectiveDefinition.Include);
            var args = ArgumentCoercion.Coerce(definition.Arguments, directive.Arguments, directive, variables, out var error);
            if (args is null) throw new FieldErrorException(error!);
            return args.TryGetValue("if", out var v) && v is bool b ? b : null;
        }
        return null;
    }
}
