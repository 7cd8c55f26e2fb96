namespace StudyGraph.GraphQL.Types;

/// <summary>An argument of a field or a directive.</summary>
public sealed class ArgumentDefinition : InputValueDefinition
{
    /// <summary>Creates an argument.</summary>
    public ArgumentDefinition(string name, GraphQLType type, string? description = null)
        : base(name, type, description)
    {
    }
}
