namespace StudyGraph.GraphQL.Language;

/// <summary>A literal value or variable reference.</summary>
public abstract class ValueNode : AstNode;
