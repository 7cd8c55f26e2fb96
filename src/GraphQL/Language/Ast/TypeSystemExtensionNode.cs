namespace StudyGraph.GraphQL.Language;

/// <summary>A schema or type extension.</summary>
public abstract class TypeSystemExtensionNode : DefinitionNode;
