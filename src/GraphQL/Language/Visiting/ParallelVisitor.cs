namespace StudyGraph.GraphQL.Language;

/// <summary>
/// Runs several visitors in one walk (graphql-js's <c>visitInParallel</c>): a visitor that returns Skip misses only
/// that subtree, one that returns Break is not called again, and the others go on.
/// </summary>
public sealed class ParallelVisitor : AstVisitor
{
    private static readonly AstNode Broken = new NullValueNode();
    private readonly IReadOnlyList<AstVisitor> _visitors;
    private readonly AstNode?[] _skipping;

    /// <summary>Combines <paramref name="visitors"/>; each is called in list order.</summary>
    public ParallelVisitor(IReadOnlyList<AstVisitor> visitors)
    {
        _visitors = visitors;
        _skipping = new AstNode?[visitors.Count];
    }

    /// <inheritdoc/>
    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        for (var i = 0; i < _visitors.Count; i++)
        {
            if (_skipping[i] is not null) continue;
            switch (_visitors[i].Enter(node, ancestors))
            {
                case VisitAction.Skip: _skipping[i] = node; break;
                case VisitAction.Break: _skipping[i] = Broken; break;
            }
        }
        return VisitAction.Continue;
    }

    /// <inheritdoc/>
    public override VisitAction Leave(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        for (var i = 0; i < _visitors.Count; i++)
        {
            if (_skipping[i] is null)
            {
                if (_visitors[i].Leave(node, ancestors) == VisitAction.Break) _skipping[i] = Broken;
            }
            else if (ReferenceEquals(_skipping[i], node))
            {
                _skipping[i] = null;
            }
        }
        return VisitAction.Continue;
    }
}
