using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Types;

/// <summary>An argument or an input field: a name, an input type, an optional default value and deprecation.</summary>
public abstract class InputValueDefinition
{
    private protected InputValueDefinition(string name, GraphQLType type, string? description)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
        Description = description;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The type (an input type in a valid schema).</summary>
    public GraphQLType Type { get; internal set; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>Whether a default value is defined (a default may itself be null).</summary>
    public bool HasDefaultValue { get; internal set; }

    /// <summary>The coerced default value (meaningful when <see cref="HasDefaultValue"/>).</summary>
    public object? DefaultValue { get; internal set; }

    /// <summary>The reason given by <c>@deprecated</c>, or null when not deprecated.</summary>
    public string? DeprecationReason { get; init; }

    /// <summary>Whether the value is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Whether a value must be provided: non-null type and no default.</summary>
    public bool IsRequired => Type is NonNullType && !HasDefaultValue;

    /// <summary>The definition this was built from, or null.</summary>
    public InputValueDefinitionNode? AstNode { get; init; }

    /// <inheritdoc/>
    public override string ToString() => Name + ": " + Type;
}
