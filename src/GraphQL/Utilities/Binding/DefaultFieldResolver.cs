using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using StudyGraph.GraphQL.Execution;

namespace StudyGraph.GraphQL.Utilities.Binding;

/// <summary>
/// The resolver of fields nobody bound: reads the parent value's dictionary key, public property, public field or
/// parameterless method of the field's name (exact, then first letter upper-cased, then ignoring case).
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Accessors = new();

    /// <summary>The default resolver.</summary>
    public static FieldResolver Instance { get; } = ctx => ResolverAdapters.Unwrap(Read(ctx.Source, ctx.FieldDefinition.Name));

    /// <summary>Reads <paramref name="name"/> from <paramref name="source"/>; null when it has no such member.</summary>
    public static object? Read(object? source, string name)
    {
        switch (source)
        {
            case null: return null;
            case IReadOnlyDictionary<string, object?> map: return ReadMap(map, name);
            case IDictionary<string, object?> dict: return dict.TryGetValue(name, out var v) ? v : dict.TryGetValue(Pascal(name), out v) ? v : null;
            case IDictionary legacy: return legacy.Contains(name) ? legacy[name] : legacy.Contains(Pascal(name)) ? legacy[Pascal(name)] : null;
            case JsonElement { ValueKind: JsonValueKind.Object } je: return je.TryGetProperty(name, out var p) ? p : null;
        }
        var accessor = Accessors.GetOrAdd((source.GetType(), name), static key => CreateAccessor(key.Item1, key.Item2));
        return accessor?.Invoke(source);
    }

    private static object? ReadMap(IReadOnlyDictionary<string, object?> map, string name)
        => map.TryGetValue(name, out var v) ? v : map.TryGetValue(Pascal(name), out v) ? v : null;

    internal static string Pascal(string name) => name.Length == 0 || char.IsUpper(name[0]) ? name : char.ToUpperInvariant(name[0]) + name[1..];

    /// <summary>The public member of <paramref name="type"/> for <paramref name="name"/>: exact, first letter upper-cased, then ignoring case.</summary>
    internal static MemberInfo? FindMember(Type type, string name, bool instanceOnly)
    {
        var flags = BindingFlags.Public | BindingFlags.Instance | (instanceOnly ? 0 : BindingFlags.Static);
        foreach (var candidate in new[] { name, Pascal(name) })
        {
            var members = type.GetMember(candidate, MemberTypes.Property | MemberTypes.Field | MemberTypes.Method, flags);
            var found = Pick(members);
            if (found is not null) return found;
        }
        return Pick(type.GetMember(name, MemberTypes.Property | MemberTypes.Field | MemberTypes.Method, flags | BindingFlags.IgnoreCase));
    }

    private static MemberInfo? Pick(MemberInfo[] members)
    {
        MemberInfo? best = null;
        foreach (var m in members)
        {
            if (m is MethodInfo mi && (mi.IsSpecialName || mi.IsGenericMethodDefinition || mi.DeclaringType == typeof(object))) continue;
            if (m is PropertyInfo pi && pi.GetIndexParameters().Length > 0) continue;
            if (best is null || m is PropertyInfo or FieldInfo) best = m;
        }
        return best;
    }

    private static Func<object, object?>? CreateAccessor(Type type, string name)
    {
        var member = FindMember(type, name, instanceOnly: true);
        var source = Expression.Parameter(typeof(object), "source");
        var typed = Expression.Convert(source, type);
        Expression? body = member switch
        {
            PropertyInfo p when p.CanRead && p.GetMethod!.IsPublic => Expression.Property(typed, p),
            FieldInfo f => Expression.Field(typed, f),
            MethodInfo m when m.GetParameters().Length == 0 && m.ReturnType != typeof(void) => Expression.Call(typed, m),
            _ => null,
        };
        if (body is null) return null;
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(body, typeof(object)), source).Compile();
    }
}
