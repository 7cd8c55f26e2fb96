using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Utilities.Sdl;

// graphql-js's validateSDL visits the whole document: operations and fragments in an SDL document are checked by the
// SDL rules that apply to them (directives, argument names, input field names, and type names without the
// exemption SDL definitions get for the standard types).
internal sealed partial class SdlValidator
{
    private void WalkExecutable(ExecutableDefinitionNode definition)
    {
        switch (definition)
        {
            case OperationDefinitionNode op:
                CheckDirectivesPerLocation(op.Directives, null);
                foreach (var v in op.VariableDefinitions) WalkVariableDefinition(v);
                WalkDirectives(op.Directives, op.Operation switch
                {
                    OperationType.Mutation => "MUTATION",
                    OperationType.Subscription => "SUBSCRIPTION",
                    _ => "QUERY",
                });
                WalkSelectionSet(op.SelectionSet);
                break;
            case FragmentDefinitionNode fragment:
                CheckDirectivesPerLocation(fragment.Directives, null);
                CheckExecutableNamedType(fragment.TypeCondition);
                WalkDirectives(fragment.Directives, "FRAGMENT_DEFINITION");
                WalkSelectionSet(fragment.SelectionSet);
                break;
        }
    }

    private void WalkVariableDefinition(VariableDefinitionNode node)
    {
        CheckDirectivesPerLocation(node.Directives, null);
        WalkExecutableType(node.Type);
        if (node.DefaultValue is not null) WalkValue(node.DefaultValue);
        WalkDirectives(node.Directives, "VARIABLE_DEFINITION");
    }

    private void WalkSelectionSet(SelectionSetNode? set)
    {
        if (set is null) return;
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    CheckDirectivesPerLocation(field.Directives, null);
                    CheckUniqueArguments(field.Arguments);
                    foreach (var a in field.Arguments) WalkValue(a.Value);
                    WalkDirectives(field.Directives, "FIELD");
                    WalkSelectionSet(field.SelectionSet);
                    break;
                case FragmentSpreadNode spread:
                    CheckDirectivesPerLocation(spread.Directives, null);
                    WalkDirectives(spread.Directives, "FRAGMENT_SPREAD");
                    break;
                case InlineFragmentNode inline:
                    CheckDirectivesPerLocation(inline.Directives, null);
                    if (inline.TypeCondition is not null) CheckExecutableNamedType(inline.TypeCondition);
                    WalkDirectives(inline.Directives, "INLINE_FRAGMENT");
                    WalkSelectionSet(inline.SelectionSet);
                    break;
            }
        }
    }

    private void WalkExecutableType(TypeNode type)
    {
        switch (type)
        {
            case NamedTypeNode n: CheckExecutableNamedType(n); break;
            case ListTypeNode l: WalkExecutableType(l.Type); break;
            case NonNullTypeNode nn: WalkExecutableType(nn.Type); break;
        }
    }

    // KnownTypeNamesRule outside SDL definitions: only the document's own types are known.
    private void CheckExecutableNamedType(NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (_definedTypes.ContainsKey(name)) return;
        Report($"Unknown type \"{name}\"." + Suggestions.DidYouMean(Suggestions.List(name, _definedTypeNames)), node);
    }
}
