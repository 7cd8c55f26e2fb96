namespace StudyGraph.GraphQL.Language;

/// <summary>
/// Receives Enter and Leave calls from <see cref="AstWalker"/> for every node of a tree, in graphql-js visiting
/// order. <c>ancestors</c> holds the path from the root to the parent (the last item is the parent; empty at the root);
/// it is the walker's own stack, so copy it to keep it.
/// </summary>
public abstract class AstVisitor
{
    /// <summary>Called before a node's children are visited.</summary>
    public virtual VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors) => VisitAction.Continue;

    /// <summary>Called after a node's children were visited (not when Enter returned Skip). Skip acts as Continue here.</summary>
    public virtual VisitAction Leave(AstNode node, IReadOnlyList<AstNode> ancestors) => VisitAction.Continue;
}
