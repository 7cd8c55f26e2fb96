namespace StudyGraph.GraphQL.Types;

/// <summary>A field of an input object type.</summary>
public sealed class InputField : InputValueDefinition
{
    /// <summary>Creates an input field.</summary>
    public InputField(string name, GraphQLType type, string? description = null)
        : base(name, type, description)
    {
    }
}
