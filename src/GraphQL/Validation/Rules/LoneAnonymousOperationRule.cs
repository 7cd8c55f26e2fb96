using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Validation.Rules;

/// <summary>5.2.2.1 Lone Anonymous Operation: an anonymous operation must be the only operation of its document.</summary>
public sealed class LoneAnonymousOperationRule : RuleVisitor
{
    private LoneAnonymousOperationRule(ValidationContext context) : base(context) { }

    /// <summary>Creates the rule's visitor for one run.</summary>
    public static AstVisitor Create(ValidationContext context) => new LoneAnonymousOperationRule(context);

    private int _operationCount;

    /// <inheritdoc/>
    protected override VisitAction EnterDocument(DocumentNode node)
    {
        foreach (var d in node.Definitions)
        {
            if (d is OperationDefinitionNode) _operationCount++;
        }
        return VisitAction.Continue;
    }

    /// <inheritdoc/>
    protected override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Name is null && _operationCount > 1)
            Context.ReportError("This anonymous operation must be the only defined operation.", node);
        return VisitAction.Continue;
    }
}
