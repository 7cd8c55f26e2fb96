using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Validation.Rules;

/// <summary>5.5.1.1 Fragment Name Uniqueness: each fragment has a unique name.</summary>
public sealed class UniqueFragmentNamesRule : RuleVisitor
{
    private UniqueFragmentNamesRule(ValidationContext context) : base(context) { }

    /// <summary>Creates the rule's visitor for one run.</summary>
    public static AstVisitor Create(ValidationContext context) => new UniqueFragmentNamesRule(context);

    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    protected override VisitAction EnterOperationDefinition(OperationDefinitionNode node) => VisitAction.Skip;

    /// <inheritdoc/>
    protected override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        var name = node.Name;
        if (_known.TryGetValue(name.Value, out var first))
            Context.ReportError($"There can be only one fragment named \"{name.Value}\".", first, name);
        else
            _known[name.Value] = name;
        return VisitAction.Skip;
    }
}
