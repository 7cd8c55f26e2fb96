using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Types;

/// <summary>A field of an object or interface type: arguments, an output type, deprecation and its resolvers.</summary>
public sealed class FieldDefinition
{
    private readonly Dictionary<string, ArgumentDefinition> _argsByName;

    /// <summary>Creates a field.</summary>
    public FieldDefinition(string name, GraphQLType type, string? description = null, IReadOnlyList<ArgumentDefinition>? arguments = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
        Description = description;
        Arguments = arguments ?? [];
        _argsByName = new Dictionary<string, ArgumentDefinition>(Arguments.Count, StringComparer.Ordinal);
        foreach (var arg in Arguments) _argsByName.TryAdd(arg.Name, arg);
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The type (an output type in a valid schema).</summary>
    public GraphQLType Type { get; internal set; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>The arguments in definition order.</summary>
    public IReadOnlyList<ArgumentDefinition> Arguments { get; }

    /// <summary>The reason given by <c>@deprecated</c>, or null when not deprecated.</summary>
    public string? DeprecationReason { get; init; }

    /// <summary>Whether the field is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The resolver, or null: the executor then uses the default resolver.</summary>
    public FieldResolver? Resolver { get; internal set; }

    /// <summary>For a subscription root field: the resolver that creates the source event stream, or null.</summary>
    public SubscriptionResolver? Subscriber { get; internal set; }

    /// <summary>The definition this was built from, or null.</summary>
    public FieldDefinitionNode? AstNode { get; init; }

    /// <summary>The argument named <paramref name="name"/>, or null.</summary>
    public ArgumentDefinition? GetArgument(string name) => _argsByName.GetValueOrDefault(name);

    /// <inheritdoc/>
    public override string ToString() => Name + ": " + Type;
}
