namespace StudyGraph.GraphQL.Types;

/// <summary>An input object type; with <c>@oneOf</c>, exactly one field must be given, and not null.</summary>
public sealed class InputObjectType : NamedType
{
    private IReadOnlyList<InputField> _fields = [];
    private Dictionary<string, InputField> _byName = new(StringComparer.Ordinal);

    /// <summary>Creates an input object type; fields are attached by the schema builder.</summary>
    public InputObjectType(string name, string? description = null, bool isOneOf = false)
        : base(name, description)
    {
        IsOneOf = isOneOf;
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>Whether the type carries <c>@oneOf</c>.</summary>
    public bool IsOneOf { get; }

    /// <summary>The fields in definition order.</summary>
    public IReadOnlyList<InputField> Fields
    {
        get => _fields;
        internal set
        {
            _fields = value;
            var map = new Dictionary<string, InputField>(value.Count, StringComparer.Ordinal);
            foreach (var f in value) map[f.Name] = f;
            _byName = map;
        }
    }

    /// <summary>The field named <paramref name="name"/>, or null.</summary>
    public InputField? GetField(string name) => _byName.GetValueOrDefault(name);
}
