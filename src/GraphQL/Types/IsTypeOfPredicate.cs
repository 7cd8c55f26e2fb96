using StudyGraph.GraphQL.Execution;

namespace StudyGraph.GraphQL.Types;

/// <summary>Whether <paramref name="value"/> (a resolved value) is of the object type the predicate belongs to.</summary>
public delegate bool IsTypeOfPredicate(object value, ResolveFieldContext context);
