using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Validation;

/// <summary>
/// A base for rule visitors: dispatches each node to a typed hook (return <see cref="VisitAction.Skip"/> from an
/// enter hook to skip the node's children for this rule only).
/// </summary>
public abstract class RuleVisitor : AstVisitor
{
    /// <summary>Creates the visitor for one run.</summary>
    protected RuleVisitor(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Context = context;
    }

    /// <summary>The run's context.</summary>
    protected ValidationContext Context { get; }

    /// <inheritdoc/>
    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors) => node switch
    {
        FieldNode n => EnterField(n),
        SelectionSetNode n => EnterSelectionSet(n),
        ArgumentNode n => EnterArgument(n),
        DirectiveNode n => EnterDirective(n, ancestors),
        VariableNode n => EnterVariable(n),
        FragmentSpreadNode n => EnterFragmentSpread(n),
        InlineFragmentNode n => EnterInlineFragment(n),
        NamedTypeNode n => EnterNamedType(n, ancestors),
        ValueNode n => EnterValue(n),
        ObjectFieldNode n => EnterObjectField(n),
        OperationDefinitionNode n => EnterOperationDefinition(n),
        FragmentDefinitionNode n => EnterFragmentDefinition(n),
        VariableDefinitionNode n => EnterVariableDefinition(n),
        DocumentNode n => EnterDocument(n),
        _ => VisitAction.Continue,
    };

    /// <inheritdoc/>
    public override VisitAction Leave(AstNode node, IReadOnlyList<AstNode> ancestors) => node switch
    {
        FieldNode n => LeaveField(n),
        DirectiveNode n => LeaveDirective(n),
        ObjectValueNode n => LeaveObjectValue(n),
        OperationDefinitionNode n => LeaveOperationDefinition(n),
        DocumentNode n => LeaveDocument(n),
        _ => VisitAction.Continue,
    };

    /// <summary>Entering the document.</summary>
    protected virtual VisitAction EnterDocument(DocumentNode node) => VisitAction.Continue;

    /// <summary>Leaving the document.</summary>
    protected virtual VisitAction LeaveDocument(DocumentNode node) => VisitAction.Continue;

    /// <summary>Entering an operation.</summary>
    protected virtual VisitAction EnterOperationDefinition(OperationDefinitionNode node) => VisitAction.Continue;

    /// <summary>Leaving an operation.</summary>
    protected virtual VisitAction LeaveOperationDefinition(OperationDefinitionNode node) => VisitAction.Continue;

    /// <summary>Entering a fragment definition.</summary>
    protected virtual VisitAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitAction.Continue;

    /// <summary>Entering a variable definition.</summary>
    protected virtual VisitAction EnterVariableDefinition(VariableDefinitionNode node) => VisitAction.Continue;

    /// <summary>Entering a selection set.</summary>
    protected virtual VisitAction EnterSelectionSet(SelectionSetNode node) => VisitAction.Continue;

    /// <summary>Entering a field.</summary>
    protected virtual VisitAction EnterField(FieldNode node) => VisitAction.Continue;

    /// <summary>Leaving a field.</summary>
    protected virtual VisitAction LeaveField(FieldNode node) => VisitAction.Continue;

    /// <summary>Entering an argument.</summary>
    protected virtual VisitAction EnterArgument(ArgumentNode node) => VisitAction.Continue;

    /// <summary>Entering a directive; <paramref name="ancestors"/> ends with the node it is applied to.</summary>
    protected virtual VisitAction EnterDirective(DirectiveNode node, IReadOnlyList<AstNode> ancestors) => VisitAction.Continue;

    /// <summary>Leaving a directive.</summary>
    protected virtual VisitAction LeaveDirective(DirectiveNode node) => VisitAction.Continue;

    /// <summary>Entering a fragment spread.</summary>
    protected virtual VisitAction EnterFragmentSpread(FragmentSpreadNode node) => VisitAction.Continue;

    /// <summary>Entering an inline fragment.</summary>
    protected virtual VisitAction EnterInlineFragment(InlineFragmentNode node) => VisitAction.Continue;

    /// <summary>Entering a named type reference; <paramref name="ancestors"/> starts with the document and the definition.</summary>
    protected virtual VisitAction EnterNamedType(NamedTypeNode node, IReadOnlyList<AstNode> ancestors) => VisitAction.Continue;

    /// <summary>Entering a variable reference.</summary>
    protected virtual VisitAction EnterVariable(VariableNode node) => VisitAction.Continue;

    /// <summary>Entering a value literal other than a variable (list, object, scalar, enum or null).</summary>
    protected virtual VisitAction EnterValue(ValueNode node) => VisitAction.Continue;

    /// <summary>Leaving an object value.</summary>
    protected virtual VisitAction LeaveObjectValue(ObjectValueNode node) => VisitAction.Continue;

    /// <summary>Entering a field of an object value.</summary>
    protected virtual VisitAction EnterObjectField(ObjectFieldNode node) => VisitAction.Continue;
}
