using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Validation.Rules;

/// <summary>5.6.3 Input Object Field Uniqueness: an input object literal names each field once.</summary>
public sealed class UniqueInputFieldNamesRule : RuleVisitor
{
    private UniqueInputFieldNamesRule(ValidationContext context) : base(context) { }

    /// <summary>Creates the rule's visitor for one run.</summary>
    public static AstVisitor Create(ValidationContext context) => new UniqueInputFieldNamesRule(context);

    private readonly Stack<Dictionary<string, NameNode>> _stack = new();
    private Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    protected override VisitAction EnterValue(ValueNode node)
    {
        if (node.Kind == NodeKind.ObjectValue)
        {
            _stack.Push(_known);
            _known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        }
        return VisitAction.Continue;
    }

    /// <inheritdoc/>
    protected override VisitAction LeaveObjectValue(ObjectValueNode node)
    {
        _known = _stack.Pop();
        return VisitAction.Continue;
    }

    /// <inheritdoc/>
    protected override VisitAction EnterObjectField(ObjectFieldNode node)
    {
        var name = node.Name;
        if (_known.TryGetValue(name.Value, out var first))
            Context.ReportError($"There can be only one input field named \"{name.Value}\".", first, name);
        else
            _known[name.Value] = name;
        return VisitAction.Continue;
    }
}
