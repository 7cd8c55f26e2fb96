namespace StudyGraph.GraphQL.Language;

/// <summary>What an <see cref="AstVisitor"/> tells the walker to do next.</summary>
public enum VisitAction
{
    /// <summary>Visit the node's children, then leave it.</summary>
    Continue,

    /// <summary>From Enter: do not visit the children and do not call Leave for this node.</summary>
    Skip,

    /// <summary>Stop the whole walk.</summary>
    Break,
}
