using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Validation.Rules;

/// <summary>5.1.1 Executable Definitions: a document to execute holds only operations and fragments.</summary>
public sealed class ExecutableDefinitionsRule : RuleVisitor
{
    private ExecutableDefinitionsRule(ValidationContext context) : base(context) { }

    /// <summary>Creates the rule's visitor for one run.</summary>
    public static AstVisitor Create(ValidationContext context) => new ExecutableDefinitionsRule(context);

    /// <inheritdoc/>
    protected override VisitAction EnterDocument(DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is ExecutableDefinitionNode) continue;
            var name = definition switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => "schema",
                TypeDefinitionNode t => "\"" + t.Name.Value + "\"",
                TypeExtensionNode t => "\"" + t.Name.Value + "\"",
                DirectiveDefinitionNode d => "\"" + d.Name.Value + "\"",
                _ => "\"?\"",
            };
            Context.ReportError($"The {name} definition is not executable.", definition);
        }
        return VisitAction.Skip;
    }
}
