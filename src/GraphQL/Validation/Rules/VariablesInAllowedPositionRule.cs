using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.8.5 All Variable Usages Are Allowed: a variable's type fits every position it is used in (a nullable variable
/// fits a non-null position only with a non-null default on either side), and a variable giving a <c>@oneOf</c>
/// field is non-null.
/// </summary>
public sealed class VariablesInAllowedPositionRule : RuleVisitor
{
    private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

    private VariablesInAllowedPositionRule(ValidationContext context) : base(context) { }

    /// <summary>Creates the rule's visitor for one run.</summary>
    public static AstVisitor Create(ValidationContext context) => new VariablesInAllowedPositionRule(context);

    /// <inheritdoc/>
    protected override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
    {
        _definitions.Clear();
        return VisitAction.Continue;
    }

    /// <inheritdoc/>
    protected override VisitAction EnterVariableDefinition(VariableDefinitionNode node)
    {
        _definitions[node.Variable.Name.Value] = node;
        return VisitAction.Continue;
    }

    /// <inheritdoc/>
    protected override VisitAction LeaveOperationDefinition(OperationDefinitionNode node)
    {
        foreach (var usage in Context.GetRecursiveVariableUsages(node))
        {
            var name = usage.Node.Name.Value;
            if (!_definitions.TryGetValue(name, out var definition) || usage.Type is null) continue;
            var varType = TypeFromAst.Get(Context.Schema, definition.Type);
            if (varType is null) continue;
            if (!Allowed(varType, definition.DefaultValue, usage.Type, usage.HasDefaultValue))
            {
                Context.ReportError(
                    $"Variable \"${name}\" of type \"{varType}\" used in position expecting type \"{usage.Type}\".", definition, usage.Node);
            }
            if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && varType is not NonNullType)
            {
                Context.ReportError(
                    $"Variable \"${name}\" is of type \"{varType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                    definition, usage.Node);
            }
        }
        return VisitAction.Continue;
    }

    private bool Allowed(GraphQLType varType, ValueNode? varDefault, GraphQLType locationType, bool locationHasDefault)
    {
        if (locationType is NonNullType nonNull && varType is not NonNullType)
        {
            var hasNonNullDefault = varDefault is not null and not NullValueNode;
            if (!hasNonNullDefault && !locationHasDefault) return false;
            return TypeComparators.IsTypeSubTypeOf(Context.Schema, varType, nonNull.OfType);
        }
        return TypeComparators.IsTypeSubTypeOf(Context.Schema, varType, locationType);
    }
}
