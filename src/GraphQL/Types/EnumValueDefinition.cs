using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Types;

/// <summary>A value of an enum type: its name, the internal value resolvers see, and deprecation.</summary>
public sealed class EnumValueDefinition
{
    /// <summary>Creates an enum value whose internal value is <paramref name="value"/> (its name when null).</summary>
    public EnumValueDefinition(string name, string? description = null, object? value = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Description = description;
        Value = value ?? name;
    }

    /// <summary>The name as written in documents and responses.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>The internal value: what input coercion produces and what result coercion accepts.</summary>
    public object Value { get; }

    /// <summary>The reason given by <c>@deprecated</c>, or null when not deprecated.</summary>
    public string? DeprecationReason { get; init; }

    /// <summary>Whether the value is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The definition this was built from, or null.</summary>
    public EnumValueDefinitionNode? AstNode { get; init; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
