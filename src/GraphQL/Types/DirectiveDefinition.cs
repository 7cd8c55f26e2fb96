using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Types;

/// <summary>A directive definition: name, arguments, locations and whether it is repeatable.</summary>
public sealed partial class DirectiveDefinition
{
    private readonly Dictionary<string, ArgumentDefinition> _argsByName;

    /// <summary>Creates a directive definition.</summary>
    public DirectiveDefinition(string name, IReadOnlyList<DirectiveLocation> locations, string? description = null,
        IReadOnlyList<ArgumentDefinition>? arguments = null, bool isRepeatable = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Locations = locations;
        Description = description;
        Arguments = arguments ?? [];
        IsRepeatable = isRepeatable;
        _argsByName = new Dictionary<string, ArgumentDefinition>(StringComparer.Ordinal);
        foreach (var a in Arguments) _argsByName.TryAdd(a.Name, a);
    }

    /// <summary>The name (without <c>@</c>).</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>The locations, in definition order.</summary>
    public IReadOnlyList<DirectiveLocation> Locations { get; }

    /// <summary>The arguments, in definition order.</summary>
    public IReadOnlyList<ArgumentDefinition> Arguments { get; }

    /// <summary>Whether the directive may appear more than once at one location.</summary>
    public bool IsRepeatable { get; }

    /// <summary>The definition this was built from, or null for directives defined in code.</summary>
    public DirectiveDefinitionNode? AstNode { get; init; }

    /// <summary>Whether this is one of the directives the specification defines (by name).</summary>
    public bool IsSpecified => IsSpecifiedName(Name);

    /// <summary>The argument named <paramref name="name"/>, or null.</summary>
    public ArgumentDefinition? GetArgument(string name) => _argsByName.GetValueOrDefault(name);

    /// <summary>Whether the directive may appear at <paramref name="location"/>.</summary>
    public bool HasLocation(DirectiveLocation location)
    {
        foreach (var l in Locations)
        {
            if (l == location) return true;
        }
        return false;
    }

    /// <inheritdoc/>
    public override string ToString() => "@" + Name;
}
