using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Utilities.Sdl;

internal sealed partial class AstSchemaBuilder
{
    private NamedType CreateType(TypeDefinitionNode def)
    {
        var name = def.Name.Value;
        var description = def.Description?.Value;
        var extensions = ExtensionsOf(name);
        switch (def)
        {
            case ScalarTypeDefinitionNode:
                {
                    var coercer = _scalarCoercers.GetValueOrDefault(name)
                        ?? (name == "DateTime" ? ScalarType.DateTime.Coercer : null);
                    var url = GetDirectiveArgument(def.Directives, "specifiedBy", "url", out var u) ? u as string : null;
                    return new ScalarType(name, description, coercer, url) { AstNode = def, ExtensionAstNodes = extensions };
                }
            case ObjectTypeDefinitionNode:
                return new ObjectType(name, description) { AstNode = def, ExtensionAstNodes = extensions };
            case InterfaceTypeDefinitionNode:
                return new InterfaceType(name, description) { AstNode = def, ExtensionAstNodes = extensions };
            case UnionTypeDefinitionNode:
                return new UnionType(name, description) { AstNode = def, ExtensionAstNodes = extensions };
            case EnumTypeDefinitionNode:
                return new EnumType(name, description) { AstNode = def, ExtensionAstNodes = extensions };
            case InputObjectTypeDefinitionNode:
                {
                    var isOneOf = false;
                    foreach (var d in def.Directives)
                    {
                        if (d.Name.Value == "oneOf") { isOneOf = true; break; }
                    }
                    return new InputObjectType(name, description, isOneOf) { AstNode = def, ExtensionAstNodes = extensions };
                }
            default:
                throw new InvalidOperationException("Unexpected type definition " + def.Kind + ".");
        }
    }

    private void Complete(NamedType type, TypeDefinitionNode def)
    {
        var nodes = new List<AstNode> { def };
        nodes.AddRange(ExtensionsOf(def.Name.Value));
        switch (type)
        {
            case ComplexType c:
                {
                    var interfaces = new List<NamedType>();
                    var fields = new List<FieldDefinition>();
                    foreach (var node in nodes)
                    {
                        var (ifaceNodes, fieldNodes) = node switch
                        {
                            ObjectTypeDefinitionNode o => (o.Interfaces, o.Fields),
                            ObjectTypeExtensionNode o => (o.Interfaces, o.Fields),
                            InterfaceTypeDefinitionNode i => (i.Interfaces, i.Fields),
                            InterfaceTypeExtensionNode i => (i.Interfaces, i.Fields),
                            _ => ((IReadOnlyList<NamedTypeNode>)[], (IReadOnlyList<FieldDefinitionNode>)[]),
                        };
                        foreach (var i in ifaceNodes) interfaces.Add(GetNamedType(i));
                        foreach (var f in fieldNodes) AddOrReplace(fields, BuildField(f), x => x.Name);
                    }
                    c.DeclaredInterfaces = interfaces;
                    var actual = new List<InterfaceType>();
                    foreach (var i in interfaces)
                    {
                        if (i is InterfaceType it && !actual.Contains(it)) actual.Add(it);
                    }
                    c.Interfaces = actual;
                    c.Fields = fields;
                    break;
                }
            case UnionType u:
                {
                    var members = new List<NamedType>();
                    foreach (var node in nodes)
                    {
                        var typeNodes = node switch
                        {
                            UnionTypeDefinitionNode d => d.Types,
                            UnionTypeExtensionNode e => e.Types,
                            _ => [],
                        };
                        foreach (var t in typeNodes) members.Add(GetNamedType(t));
                    }
                    u.Types = members;
                    break;
                }
            case EnumType e:
                {
                    var values = new List<EnumValueDefinition>();
                    foreach (var node in nodes)
                    {
                        var valueNodes = node switch
                        {
                            EnumTypeDefinitionNode d => d.Values,
                            EnumTypeExtensionNode x => x.Values,
                            _ => [],
                        };
                        foreach (var v in valueNodes)
                        {
                            AddOrReplace(values, new EnumValueDefinition(v.Name.Value, v.Description?.Value)
                            {
                                DeprecationReason = DeprecationReason(v.Directives),
                                AstNode = v,
                            }, x => x.Name);
                        }
                    }
                    e.Values = values;
                    break;
                }
            case InputObjectType io:
                {
                    var fields = new List<InputField>();
                    foreach (var node in nodes)
                    {
                        var fieldNodes = node switch
                        {
                            InputObjectTypeDefinitionNode d => d.Fields,
                            InputObjectTypeExtensionNode x => x.Fields,
                            _ => [],
                        };
                        foreach (var f in fieldNodes)
                        {
                            AddOrReplace(fields, new InputField(f.Name.Value, GetWrappedType(f.Type), f.Description?.Value)
                            {
                                DeprecationReason = DeprecationReason(f.Directives),
                                AstNode = f,
                            }, x => x.Name);
                        }
                    }
                    io.Fields = fields;
                    break;
                }
        }
    }

    // graphql-js builds field maps as objects: a later duplicate replaces the earlier one in its original position.
    private static void AddOrReplace<T>(List<T> list, T item, Func<T, string> name)
    {
        var key = name(item);
        var at = list.FindIndex(x => name(x) == key);
        if (at >= 0) list[at] = item;
        else list.Add(item);
    }

    private FieldDefinition BuildField(FieldDefinitionNode node)
        => new(node.Name.Value, GetWrappedType(node.Type), node.Description?.Value, BuildArguments(node.Arguments))
        {
            DeprecationReason = DeprecationReason(node.Directives),
            AstNode = node,
        };

    private List<ArgumentDefinition> BuildArguments(IReadOnlyList<InputValueDefinitionNode> nodes)
    {
        var args = new List<ArgumentDefinition>(nodes.Count);
        foreach (var a in nodes)
        {
            AddOrReplace(args, new ArgumentDefinition(a.Name.Value, GetWrappedType(a.Type), a.Description?.Value)
            {
                DeprecationReason = DeprecationReason(a.Directives),
                AstNode = a,
            }, x => x.Name);
        }
        return args;
    }

    // Defaults are coerced once every type is complete; an input object's own field defaults first, because
    // coercing an object literal fills in the defaults of the fields it omits (graphql-js computes them lazily).
    private void CoerceDefaults(IReadOnlyList<DirectiveDefinition> directives)
    {
        var done = new HashSet<InputObjectType>();
        foreach (var type in _typeMap.Values)
        {
            switch (type)
            {
                case InputObjectType io: EnsureInputDefaults(io, done); break;
                case ComplexType c:
                    foreach (var f in c.Fields) CoerceAll(f.Arguments, done);
                    break;
            }
        }
        foreach (var d in directives)
        {
            if (d.AstNode is not null) CoerceAll(d.Arguments, done);
        }
    }

    private void CoerceAll<T>(IReadOnlyList<T> values, HashSet<InputObjectType> done) where T : InputValueDefinition
    {
        foreach (var v in values)
        {
            if (v.Type.GetNamedType() is InputObjectType nested) EnsureInputDefaults(nested, done);
            CoerceDefault(v);
        }
    }

    private void EnsureInputDefaults(InputObjectType type, HashSet<InputObjectType> done)
    {
        if (type.AstNode is null || !done.Add(type)) return;
        CoerceAll(type.Fields, done);
    }

    private static void CoerceDefault(InputValueDefinition value)
    {
        if (value.AstNode?.DefaultValue is not { } literal) return;
        // An invalid default (graphql-js: valueFromAST returns undefined) is dropped, as graphql-js does.
        if (ValueFromAst.TryCoerce(literal, value.Type, null, out var coerced))
        {
            value.HasDefaultValue = true;
            value.DefaultValue = coerced;
        }
    }

    private DirectiveDefinition BuildDirective(DirectiveDefinitionNode node)
    {
        var locations = new List<DirectiveLocation>(node.Locations.Count);
        foreach (var l in node.Locations)
        {
            if (DirectiveLocations.TryParse(l.Value, out var location)) locations.Add(location);
        }
        return new DirectiveDefinition(node.Name.Value, locations, node.Description?.Value, BuildArguments(node.Arguments), node.Repeatable)
        {
            AstNode = node,
        };
    }

    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var d in directives)
        {
            if (d.Name.Value != "deprecated") continue;
            foreach (var a in d.Arguments)
            {
                if (a.Name.Value == "reason") return a.Value is StringValueNode s ? s.Value : null;
            }
            return DirectiveDefinition.DefaultDeprecationReason;
        }
        return null;
    }

    private static bool GetDirectiveArgument(IReadOnlyList<DirectiveNode> directives, string directive, string argument, out object? value)
    {
        value = null;
        foreach (var d in directives)
        {
            if (d.Name.Value != directive) continue;
            foreach (var a in d.Arguments)
            {
                if (a.Name.Value == argument)
                {
                    value = ValueFromAst.Untyped(a.Value);
                    return true;
                }
            }
            return false;
        }
        return false;
    }
}
