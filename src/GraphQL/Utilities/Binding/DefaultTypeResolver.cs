using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Utilities.Binding;

/// <summary>
/// The resolver of abstract types nobody configured: a <c>__typename</c> key or property naming a possible type,
/// then a possible type whose <see cref="ObjectType.IsTypeOf"/> accepts the value, then one bound to the value's CLR
/// type (or a base type), then one named like the value's CLR type or one of its base types.
/// </summary>
public static class DefaultTypeResolver
{
    /// <summary>The default type resolver.</summary>
    public static AbstractTypeResolver Instance { get; } = Resolve;

    private static ObjectType? Resolve(object value, Execution.ResolveFieldContext context, NamedType abstractType)
    {
        var possible = context.Schema.GetPossibleTypes(abstractType);
        if (DefaultFieldResolver.Read(value, "__typename") is string typename)
        {
            foreach (var t in possible)
            {
                if (t.Name == typename) return t;
            }
        }
        foreach (var t in possible)
        {
            if (t.IsTypeOf is not null && t.IsTypeOf(value, context)) return t;
        }
        var clr = value.GetType();
        foreach (var t in possible)
        {
            if (t.ClrType is not null && t.ClrType.IsInstanceOfType(value)) return t;
        }
        for (var c = clr; c is not null && c != typeof(object); c = c.BaseType)
        {
            foreach (var t in possible)
            {
                if (string.Equals(t.Name, c.Name, StringComparison.Ordinal)) return t;
            }
        }
        return null;
    }
}
