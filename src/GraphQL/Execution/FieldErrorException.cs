namespace StudyGraph.GraphQL.Execution;

/// <summary>
/// Carries a located field error up to the nearest nullable position (null propagation, spec 6.4.4); also used for
/// request errors raised while coercing variables or arguments.
/// </summary>
internal sealed class FieldErrorException(GraphQLError error) : Exception(error.Message)
{
    public GraphQLError Error { get; } = error;
}
