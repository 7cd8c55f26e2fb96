using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Introspection;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Utilities.Binding;

namespace StudyGraph.GraphQL.Utilities;

public sealed partial class SchemaBuilder
{
    private void ApplyBindings(GraphQLSchema schema, List<GraphQLError> errors)
    {
        foreach (var name in _scalars.Keys)
        {
            if (schema.GetType(name) is not ScalarType) errors.Add(new GraphQLError($"Scalar binding \"{name}\" names no scalar type of the schema."));
        }
        foreach (var (name, enumType) in _enumBindings)
        {
            if (schema.GetType(name) is not EnumType e)
            {
                errors.Add(new GraphQLError($"Enum binding \"{name}\" names no enum type of the schema."));
                continue;
            }
            BindEnumValues(e, enumType, errors);
        }

        var typeBindings = new Dictionary<ObjectType, TypeBinding>();
        foreach (var b in _typeBindings)
        {
            if (schema.GetType(b.Type) is not ObjectType o)
            {
                errors.Add(new GraphQLError($"Type binding \"{b.Type}\" ({b.ClrType.Name}) names no object type of the schema."));
                continue;
            }
            typeBindings[o] = b;
            o.ClrType ??= b.ClrType;
        }

        var explicitFields = new HashSet<FieldDefinition>();
        foreach (var b in _fieldBindings)
        {
            var type = schema.GetType(b.Type);
            if (type is not ObjectType o)
            {
                errors.Add(new GraphQLError(type is null
                    ? $"Resolver binding \"{b.Type}.{b.Field}\" names no type of the schema."
                    : $"Resolver binding \"{b.Type}.{b.Field}\" names {type.Name}, which is not an object type."));
                continue;
            }
            var field = o.GetField(b.Field);
            if (field is null)
            {
                errors.Add(new GraphQLError($"Resolver binding \"{b.Type}.{b.Field}\" names no field of {o.Name}."
                    + Suggestions.DidYouMean(Suggestions.List(b.Field, FieldNames(o)))));
                continue;
            }
            field.Resolver = b.Resolver;
            if (b.Subscriber is not null) field.Subscriber = b.Subscriber;
            explicitFields.Add(field);
        }

        foreach (var type in schema.Types)
        {
            if (type is not ObjectType o || IntrospectionTypes.IsIntrospectionTypeName(o.Name)) continue;
            typeBindings.TryGetValue(o, out var binding);
            foreach (var field in o.Fields)
            {
                if (explicitFields.Contains(field)) continue;
                var member = binding is null ? null : ClrMemberResolver.TryCreate(binding.ClrType, field);
                if (member is not null) field.Resolver = member;
                else
                {
                    if (_options.RequireExplicitResolvers)
                        errors.Add(GraphQLError.At($"Field \"{o.Name}.{field.Name}\" has no resolver"
                            + (binding is null ? "." : $" and {binding.ClrType.Name} has no member named \"{field.Name}\"."), field.AstNode));
                    field.Resolver = DefaultFieldResolver.Instance;
                }
            }
        }

        foreach (var (name, resolver) in _typeResolvers)
        {
            switch (schema.GetType(name))
            {
                case InterfaceType i: i.ResolveType = resolver; break;
                case UnionType u: u.ResolveType = resolver; break;
                default: errors.Add(new GraphQLError($"Type resolver \"{name}\" names no interface or union type of the schema.")); break;
            }
        }
        foreach (var (name, predicate) in _isTypeOf)
        {
            if (schema.GetType(name) is ObjectType o) o.IsTypeOf = predicate;
            else errors.Add(new GraphQLError($"IsTypeOf binding \"{name}\" names no object type of the schema."));
        }
        foreach (var type in schema.Types)
        {
            switch (type)
            {
                case InterfaceType i when i.ResolveType is null: i.ResolveType = DefaultTypeResolver.Instance; break;
                case UnionType u when u.ResolveType is null: u.ResolveType = DefaultTypeResolver.Instance; break;
            }
        }
    }

    private static List<string> FieldNames(ComplexType type)
    {
        var names = new List<string>(type.Fields.Count);
        foreach (var f in type.Fields) names.Add(f.Name);
        return names;
    }

    private static void BindEnumValues(EnumType type, Type clrEnum, List<GraphQLError> errors)
    {
        var values = new List<EnumValueDefinition>(type.Values.Count);
        foreach (var v in type.Values)
        {
            object? member = null;
            var loose = v.Name.Replace("_", "", StringComparison.Ordinal);
            foreach (var name in Enum.GetNames(clrEnum))
            {
                if (string.Equals(name.Replace("_", "", StringComparison.Ordinal), loose, StringComparison.OrdinalIgnoreCase))
                {
                    member = Enum.Parse(clrEnum, name);
                    break;
                }
            }
            if (member is null) errors.Add(GraphQLError.At($"Enum value \"{type.Name}.{v.Name}\" has no member in {clrEnum.Name}.", v.AstNode));
            values.Add(new EnumValueDefinition(v.Name, v.Description, member ?? v.Name) { DeprecationReason = v.DeprecationReason, AstNode = v.AstNode });
        }
        type.Values = values;
    }
}
