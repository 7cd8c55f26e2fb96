namespace StudyGraph.GraphQL.Types;

public sealed partial class GraphQLSchema
{
    /// <summary>The object types an abstract type may resolve to: a union's members, or an interface's implementing objects (type-map order).</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType)
    {
        switch (abstractType)
        {
            case UnionType u:
                {
                    var list = new List<ObjectType>(u.Types.Count);
                    foreach (var t in u.Types)
                    {
                        if (t is ObjectType o) list.Add(o);
                    }
                    return list;
                }
            case InterfaceType i:
                return _implementations.TryGetValue(i, out var impl) ? impl.Objects : [];
            default:
                return [];
        }
    }

    /// <summary>The interfaces that declare they implement <paramref name="iface"/> (type-map order).</summary>
    public IReadOnlyList<InterfaceType> GetImplementingInterfaces(InterfaceType iface)
        => _implementations.TryGetValue(iface, out var impl) ? impl.Interfaces : [];

    /// <summary>Whether <paramref name="possibleType"/> is one of the possible types of <paramref name="abstractType"/>.</summary>
    public bool IsPossibleType(NamedType abstractType, ObjectType possibleType) => IsSubType(abstractType, possibleType);

    /// <summary>
    /// Whether <paramref name="maybeSubType"/> is a member of the union <paramref name="abstractType"/>, or an object or
    /// interface implementing the interface <paramref name="abstractType"/>.
    /// </summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType)
        => _subTypes.TryGetValue(abstractType, out var set) && set.Contains(maybeSubType);

    private void BuildImplementations()
    {
        foreach (var t in _types)
        {
            if (t is not ComplexType c) continue;
            foreach (var iface in c.Interfaces)
            {
                if (!_implementations.TryGetValue(iface, out var impl))
                {
                    impl = new Implementations();
                    _implementations[iface] = impl;
                }
                if (c is ObjectType o) impl.Objects.Add(o);
                else impl.Interfaces.Add((InterfaceType)c);
            }
        }
        // Every abstract type's subtype set, computed once: lookups after construction only read.
        foreach (var t in _types)
        {
            var set = new HashSet<NamedType>(ReferenceEqualityComparer.Instance);
            switch (t)
            {
                case UnionType u:
                    foreach (var m in u.Types) set.Add(m);
                    break;
                case InterfaceType i when _implementations.TryGetValue(i, out var impl):
                    foreach (var o in impl.Objects) set.Add(o);
                    foreach (var o in impl.Interfaces) set.Add(o);
                    break;
                case InterfaceType:
                    break;
                default:
                    continue;
            }
            _subTypes[t] = set;
        }
    }

    private sealed class Implementations
    {
        public List<ObjectType> Objects { get; } = [];

        public List<InterfaceType> Interfaces { get; } = [];
    }
}
