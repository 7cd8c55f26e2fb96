namespace StudyGraph.GraphQL.Types;

/// <summary>An object or interface type: a named type with fields that may implement interfaces.</summary>
public abstract class ComplexType : NamedType
{
    private IReadOnlyList<FieldDefinition> _fields = [];
    private Dictionary<string, FieldDefinition> _fieldsByName = new(StringComparer.Ordinal);

    private protected ComplexType(string name, string? description)
        : base(name, description)
    {
    }

    /// <summary>The fields in definition order (extensions after the definition).</summary>
    public IReadOnlyList<FieldDefinition> Fields
    {
        get => _fields;
        internal set
        {
            _fields = value;
            var map = new Dictionary<string, FieldDefinition>(value.Count, StringComparer.Ordinal);
            foreach (var f in value) map[f.Name] = f;
            _fieldsByName = map;
        }
    }

    /// <summary>The interfaces this type declares it implements, in declaration order.</summary>
    public IReadOnlyList<InterfaceType> Interfaces { get; internal set; } = [];

    // Everything named after `implements`, interfaces or not, duplicates kept: what type-system validation checks.
    internal IReadOnlyList<NamedType> DeclaredInterfaces { get; set; } = [];

    /// <summary>The field named <paramref name="name"/>, or null.</summary>
    public FieldDefinition? GetField(string name) => _fieldsByName.GetValueOrDefault(name);

    /// <summary>Whether this type declares <paramref name="iface"/> among its interfaces.</summary>
    public bool Implements(InterfaceType iface)
    {
        foreach (var i in Interfaces)
        {
            if (ReferenceEquals(i, iface)) return true;
        }
        return false;
    }
}
