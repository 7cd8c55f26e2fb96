using StudyGraph.GraphQL.Execution;

namespace StudyGraph.GraphQL.Types;

/// <summary>Picks the object type of <paramref name="value"/>, a value resolved for the interface or union <paramref name="abstractType"/>; null when it cannot tell.</summary>
public delegate ObjectType? AbstractTypeResolver(object value, ResolveFieldContext context, NamedType abstractType);
