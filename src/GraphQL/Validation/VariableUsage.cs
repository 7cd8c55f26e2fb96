using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Validation;

/// <summary>One use of a variable inside an operation or fragment, with the input type expected where it is used.</summary>
/// <param name="Node">The variable reference.</param>
/// <param name="Type">The input type expected at the position, or null when unknown.</param>
/// <param name="HasDefaultValue">Whether the position (argument or input field) declares a default value.</param>
/// <param name="ParentType">The input type of the enclosing list or input object, or null.</param>
public readonly record struct VariableUsage(VariableNode Node, GraphQLType? Type, bool HasDefaultValue, GraphQLType? ParentType);
