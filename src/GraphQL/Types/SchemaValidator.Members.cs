using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Types;

public sealed partial class SchemaValidator
{
    private void ValidateFields(ComplexType type)
    {
        if (type.Fields.Count == 0) Report($"Type {type.Name} must define one or more fields.", WithExtensions(type));
        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, field.AstNode);
            if (!field.Type.IsOutputType)
                Report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.AstNode?.Type);
            foreach (var arg in field.Arguments)
            {
                ValidateName(arg.Name, arg.AstNode);
                if (!arg.Type.IsInputType)
                    Report($"The type of {type.Name}.{field.Name}({arg.Name}:) must be Input Type but got: {arg.Type}.", arg.AstNode?.Type);
                if (arg.IsRequired && arg.DeprecationReason is not null)
                    Report($"Required argument {type.Name}.{field.Name}({arg.Name}:) cannot be deprecated.", DeprecatedNode(arg.AstNode), arg.AstNode?.Type);
            }
        }
    }

    private void ValidateInterfaces(ComplexType type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var declared in type.DeclaredInterfaces)
        {
            if (declared is not InterfaceType iface)
            {
                Report($"Type {type.Name} must only implement Interface types, it cannot implement {declared}.", ImplementsNodes(type, declared.Name));
                continue;
            }
            if (ReferenceEquals(type, iface))
            {
                Report($"Type {type.Name} cannot implement itself because it would create a circular reference.", ImplementsNodes(type, iface.Name));
                continue;
            }
            if (!seen.Add(iface.Name))
            {
                Report($"Type {type.Name} can only implement {iface.Name} once.", ImplementsNodes(type, iface.Name));
                continue;
            }
            ValidateImplementsAncestors(type, iface);
            ValidateImplementsInterface(type, iface);
        }
    }

    private void ValidateImplementsInterface(ComplexType type, InterfaceType iface)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var typeField = type.GetField(ifaceField.Name);
            if (typeField is null)
            {
                var nodes = new List<AstNode?> { ifaceField.AstNode };
                nodes.AddRange(WithExtensions(type));
                Report($"Interface field {iface.Name}.{ifaceField.Name} expected but {type.Name} does not provide it.", nodes);
                continue;
            }
            if (!TypeComparators.IsTypeSubTypeOf(_schema, typeField.Type, ifaceField.Type))
                Report($"Interface field {iface.Name}.{ifaceField.Name} expects type {ifaceField.Type} but {type.Name}.{ifaceField.Name} is type {typeField.Type}.",
                    ifaceField.AstNode?.Type, typeField.AstNode?.Type);
            foreach (var ifaceArg in ifaceField.Arguments)
            {
                ArgumentDefinition? typeArg = null;
                foreach (var a in typeField.Arguments)
                {
                    if (a.Name == ifaceArg.Name) { typeArg = a; break; }
                }
                if (typeArg is null)
                {
                    Report($"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArg.Name}:) expected but {type.Name}.{ifaceField.Name} does not provide it.",
                        ifaceArg.AstNode, typeField.AstNode);
                    continue;
                }
                if (!TypeComparators.IsEqualType(ifaceArg.Type, typeArg.Type))
                    Report($"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {type.Name}.{ifaceField.Name}({ifaceArg.Name}:) is type {typeArg.Type}.",
                        ifaceArg.AstNode?.Type, typeArg.AstNode?.Type);
            }
            foreach (var typeArg in typeField.Arguments)
            {
                var inIface = false;
                foreach (var a in ifaceField.Arguments)
                {
                    if (a.Name == typeArg.Name) { inIface = true; break; }
                }
                if (!inIface && typeArg.IsRequired)
                    Report($"Object field {type.Name}.{ifaceField.Name} includes required argument {typeArg.Name} that is missing from the Interface field {iface.Name}.{ifaceField.Name}.",
                        typeArg.AstNode, ifaceField.AstNode);
            }
        }
    }

    private void ValidateImplementsAncestors(ComplexType type, InterfaceType iface)
    {
        foreach (var transitive in iface.DeclaredInterfaces)
        {
            var found = false;
            foreach (var t in type.DeclaredInterfaces)
            {
                if (ReferenceEquals(t, transitive)) { found = true; break; }
            }
            if (found) continue;
            var nodes = new List<AstNode?>(ImplementsNodes(iface, transitive.Name));
            nodes.AddRange(ImplementsNodes(type, iface.Name));
            Report(ReferenceEquals(transitive, type)
                ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.", nodes);
        }
    }

    private static List<AstNode?> ImplementsNodes(NamedType type, string ifaceName)
    {
        var result = new List<AstNode?>();
        foreach (var node in WithExtensions(type))
        {
            var interfaces = node switch
            {
                ObjectTypeDefinitionNode o => o.Interfaces,
                ObjectTypeExtensionNode o => o.Interfaces,
                InterfaceTypeDefinitionNode i => i.Interfaces,
                InterfaceTypeExtensionNode i => i.Interfaces,
                _ => [],
            };
            foreach (var i in interfaces)
            {
                if (i.Name.Value == ifaceName) result.Add(i);
            }
        }
        return result;
    }

    private void ValidateUnionMembers(UnionType union)
    {
        if (union.Types.Count == 0) Report($"Union type {union.Name} must define one or more member types.", WithExtensions(union));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!seen.Add(member.Name))
            {
                Report($"Union type {union.Name} can only include type {member.Name} once.", MemberNodes(union, member.Name));
                continue;
            }
            if (member is not ObjectType)
                Report($"Union type {union.Name} can only include Object types, it cannot include {member}.", MemberNodes(union, member.Name));
        }
    }

    private static List<AstNode?> MemberNodes(UnionType union, string name)
    {
        var result = new List<AstNode?>();
        foreach (var node in WithExtensions(union))
        {
            var types = node switch
            {
                UnionTypeDefinitionNode u => u.Types,
                UnionTypeExtensionNode u => u.Types,
                _ => [],
            };
            foreach (var t in types)
            {
                if (t.Name.Value == name) result.Add(t);
            }
        }
        return result;
    }

    private void ValidateEnumValues(EnumType type)
    {
        if (type.Values.Count == 0) Report($"Enum type {type.Name} must define one or more values.", WithExtensions(type));
        foreach (var value in type.Values) ValidateName(value.Name, value.AstNode);
    }

    private void ValidateInputFields(InputObjectType type)
    {
        if (type.Fields.Count == 0) Report($"Input Object type {type.Name} must define one or more fields.", WithExtensions(type));
        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, field.AstNode);
            if (!field.Type.IsInputType)
                Report($"The type of {type.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.AstNode?.Type);
            if (field.IsRequired && field.DeprecationReason is not null)
                Report($"Required input field {type.Name}.{field.Name} cannot be deprecated.", DeprecatedNode(field.AstNode), field.AstNode?.Type);
            if (type.IsOneOf)
            {
                if (field.Type is NonNullType) Report($"OneOf input field {type.Name}.{field.Name} must be nullable.", field.AstNode?.Type);
                if (field.HasDefaultValue) Report($"OneOf input field {type.Name}.{field.Name} cannot have a default value.", field.AstNode);
            }
        }
    }

    private sealed class InputCycleDetector(SchemaValidator owner)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<InputField> _path = [];
        private readonly Dictionary<string, int> _pathIndex = new(StringComparer.Ordinal);

        public void Detect(InputObjectType type)
        {
            if (!_visited.Add(type.Name)) return;
            _pathIndex[type.Name] = _path.Count;
            foreach (var field in type.Fields)
            {
                if (field.Type is not NonNullType { OfType: InputObjectType fieldType }) continue;
                _path.Add(field);
                if (!_pathIndex.TryGetValue(fieldType.Name, out var cycleIndex)) Detect(fieldType);
                else
                {
                    var cycle = _path.GetRange(cycleIndex, _path.Count - cycleIndex);
                    var names = new List<string>(cycle.Count);
                    var nodes = new List<AstNode?>(cycle.Count);
                    foreach (var f in cycle) { names.Add(f.Name); nodes.Add(f.AstNode); }
                    owner.Report($"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join('.', names)}\".", nodes);
                }
                _path.RemoveAt(_path.Count - 1);
            }
            _pathIndex.Remove(type.Name);
        }
    }
}
