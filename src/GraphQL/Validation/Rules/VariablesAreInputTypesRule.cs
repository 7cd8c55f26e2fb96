using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Validation.Rules;

/// <summary>5.8.2 Variables Are Input Types: a variable's type is a scalar, enum or input object (possibly wrapped).</summary>
public sealed class VariablesAreInputTypesRule : RuleVisitor
{
    private VariablesAreInputTypesRule(ValidationContext context) : base(context) { }

    /// <summary>Creates the rule's visitor for one run.</summary>
    public static AstVisitor Create(ValidationContext context) => new VariablesAreInputTypesRule(context);

    /// <inheritdoc/>
    protected override VisitAction EnterVariableDefinition(VariableDefinitionNode node)
    {
        if (TypeFromAst.Get(Context.Schema, node.Type) is { IsInputType: false })
        {
            Context.ReportError(
                $"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(node.Type)}\".", node.Type);
        }
        return VisitAction.Continue;
    }
}
