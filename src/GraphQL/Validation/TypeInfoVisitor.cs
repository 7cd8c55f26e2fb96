using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Validation;

/// <summary>
/// Wraps a visitor so a <see cref="TypeInfo"/> follows the walk (graphql-js's <c>visitWithTypeInfo</c>): the tracker
/// enters a node before the visitor sees it and leaves it after. Stops the walk once the optional context is aborted.
/// </summary>
public sealed class TypeInfoVisitor : AstVisitor
{
    private readonly TypeInfo _typeInfo;
    private readonly AstVisitor _inner;
    private readonly ValidationContext? _context;

    /// <summary>Wraps <paramref name="inner"/>; the walk breaks when <paramref name="context"/> reaches its error cap.</summary>
    public TypeInfoVisitor(TypeInfo typeInfo, AstVisitor inner, ValidationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        ArgumentNullException.ThrowIfNull(inner);
        _typeInfo = typeInfo;
        _inner = inner;
        _context = context;
    }

    /// <inheritdoc/>
    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        _typeInfo.Enter(node);
        var action = _inner.Enter(node, ancestors);
        if (action != VisitAction.Continue) _typeInfo.Leave(node);
        return _context is { IsAborted: true } ? VisitAction.Break : action;
    }

    /// <inheritdoc/>
    public override VisitAction Leave(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        var action = _inner.Leave(node, ancestors);
        _typeInfo.Leave(node);
        return _context is { IsAborted: true } ? VisitAction.Break : action;
    }
}
