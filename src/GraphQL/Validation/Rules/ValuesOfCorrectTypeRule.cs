using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.6.1 Values of Correct Type: every literal can be coerced to the input type of its position, input objects give
/// their required fields and only defined ones, and a <c>@oneOf</c> input object literal gives exactly one non-null field.
/// </summary>
public sealed partial class ValuesOfCorrectTypeRule : RuleVisitor
{
    private Dictionary<string, VariableDefinitionNode> _variableDefinitions = new(StringComparer.Ordinal);

    private ValuesOfCorrectTypeRule(ValidationContext context) : base(context) { }

    /// <summary>Creates the rule's visitor for one run.</summary>
    public static AstVisitor Create(ValidationContext context) => new ValuesOfCorrectTypeRule(context);

    /// <inheritdoc/>
    protected override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
    {
        _variableDefinitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
        return VisitAction.Continue;
    }

    /// <inheritdoc/>
    protected override VisitAction EnterVariableDefinition(VariableDefinitionNode node)
    {
        _variableDefinitions[node.Variable.Name.Value] = node;
        return VisitAction.Continue;
    }

    /// <inheritdoc/>
    protected override VisitAction EnterValue(ValueNode node)
    {
        switch (node)
        {
            case ListValueNode:
                if (Context.TypeInfo.ParentInputType?.Nullable is not ListType)
                {
                    CheckLeafValue(node);
                    return VisitAction.Skip;
                }
                return VisitAction.Continue;
            case ObjectValueNode obj:
                return EnterObjectValue(obj);
            case NullValueNode:
                if (Context.TypeInfo.InputType is NonNullType nonNull)
                    Context.ReportError($"Expected value of type \"{nonNull}\", found {Printer.Print(node)}.", node);
                return VisitAction.Continue;
            default:
                CheckLeafValue(node);
                return VisitAction.Continue;
        }
    }

    /// <inheritdoc/>
    protected override VisitAction EnterObjectField(ObjectFieldNode node)
    {
        var parentType = Context.TypeInfo.ParentInputType?.GetNamedType();
        if (Context.TypeInfo.InputType is null && parentType is InputObjectType io)
        {
            var names = new List<string>(io.Fields.Count);
            foreach (var f in io.Fields) names.Add(f.Name);
            Context.ReportError($"Field \"{node.Name.Value}\" is not defined by type \"{io.Name}\"." +
                Suggestions.DidYouMean(Suggestions.List(node.Name.Value, names)), node);
        }
        return VisitAction.Continue;
    }

    private VisitAction EnterObjectValue(ObjectValueNode node)
    {
        if (Context.TypeInfo.InputType?.GetNamedType() is not InputObjectType type)
        {
            CheckLeafValue(node);
            return VisitAction.Skip;
        }
        // keyMap semantics: the last field of a repeated name wins, keys keep first-seen order.
        var fieldNodes = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        var keys = new List<string>();
        foreach (var f in node.Fields)
        {
            if (!fieldNodes.ContainsKey(f.Name.Value)) keys.Add(f.Name.Value);
            fieldNodes[f.Name.Value] = f;
        }
        foreach (var field in type.Fields)
        {
            if (!fieldNodes.ContainsKey(field.Name) && field.IsRequired)
                Context.ReportError($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", node);
        }
        if (type.IsOneOf) CheckOneOf(node, type, fieldNodes, keys);
        return VisitAction.Continue;
    }

    private void CheckOneOf(ObjectValueNode node, InputObjectType type, Dictionary<string, ObjectFieldNode> fieldNodes, List<string> keys)
    {
        if (keys.Count != 1)
        {
            Context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
            return;
        }
        var value = fieldNodes[keys[0]].Value;
        if (value is NullValueNode)
        {
            Context.ReportError($"Field \"{type.Name}.{keys[0]}\" must be non-null.", node);
            return;
        }
        // graphql-js fails with a TypeError when the variable is not defined by the operation; we report nothing here
        // (NoUndefinedVariables reports the variable).
        if (value is VariableNode variable && _variableDefinitions.TryGetValue(variable.Name.Value, out var definition)
            && definition.Type is not NonNullTypeNode)
        {
            Context.ReportError(
                $"Variable \"{variable.Name.Value}\" must be non-nullable to be used for OneOf Input Object \"{type.Name}\".", node);
        }
    }
}
