using System.Collections;
using System.Globalization;
using System.Reflection;

namespace StudyGraph.GraphQL.Utilities;

/// <summary>
/// Converts coerced GraphQL input values (numbers, strings, enum names, lists, dictionaries of input objects)
/// to CLR types: widened numbers, enums by name (ignoring case and underscores), records and classes, arrays and lists.
/// </summary>
public static class ClrValueConverter
{
    /// <summary>Converts <paramref name="value"/> to <paramref name="target"/>.</summary>
    /// <exception cref="InvalidCastException">When no conversion applies.</exception>
    public static object? Convert(object? value, Type target)
    {
        if (value is null) return target.IsValueType && Nullable.GetUnderlyingType(target) is null ? Activator.CreateInstance(target) : null;
        if (target.IsInstanceOfType(value)) return value;
        var underlying = Nullable.GetUnderlyingType(target);
        if (underlying is not null) return Convert(value, underlying);
        if (target.IsEnum) return ToEnum(value, target);
        if (target == typeof(string)) return value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value.ToString();
        if (target == typeof(Guid) && value is string g) return Guid.Parse(g);
        if (target == typeof(DateTimeOffset) && value is DateTime dt) return new DateTimeOffset(dt);
        if (target == typeof(DateTime) && value is DateTimeOffset dto) return dto.UtcDateTime;
        if (target == typeof(DateTimeOffset) && value is string ds) return DateTimeOffset.Parse(ds, CultureInfo.InvariantCulture);
        if (value is IConvertible && (target.IsPrimitive || target == typeof(decimal)))
            return System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        if (value is IReadOnlyDictionary<string, object?> map) return ToObject(map, target);
        if (value is IEnumerable items and not string) return ToList(items, target);
        throw new InvalidCastException($"Cannot convert a value of type {value.GetType().Name} to {target.Name}.");
    }

    private static object ToEnum(object value, Type target)
    {
        var text = value is Enum e ? e.ToString() : value as string;
        if (text is null) return Enum.ToObject(target, value);
        var loose = text.Replace("_", "", StringComparison.Ordinal);
        foreach (var name in Enum.GetNames(target))
        {
            if (string.Equals(name.Replace("_", "", StringComparison.Ordinal), loose, StringComparison.OrdinalIgnoreCase)) return Enum.Parse(target, name);
        }
        throw new InvalidCastException($"\"{text}\" names no member of {target.Name}.");
    }

    private static object ToList(IEnumerable items, Type target)
    {
        Type? element = target.IsArray ? target.GetElementType() : null;
        if (element is null && target.IsGenericType)
        {
            var def = target.GetGenericTypeDefinition();
            if (def == typeof(List<>) || def == typeof(IList<>) || def == typeof(IReadOnlyList<>) || def == typeof(IEnumerable<>)
                || def == typeof(ICollection<>) || def == typeof(IReadOnlyCollection<>))
                element = target.GetGenericArguments()[0];
        }
        if (element is null) throw new InvalidCastException($"Cannot convert a list to {target.Name}.");
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        foreach (var item in items) list.Add(Convert(item, element));
        if (!target.IsArray) return list;
        var array = Array.CreateInstance(element, list.Count);
        list.CopyTo(array, 0);
        return array;
    }

    private static object ToObject(IReadOnlyDictionary<string, object?> map, Type target)
    {
        if (target.IsAssignableFrom(typeof(Dictionary<string, object?>))) return new Dictionary<string, object?>(map);
        var ctors = target.GetConstructors(BindingFlags.Public | BindingFlags.Instance);
        ConstructorInfo? best = null;
        foreach (var c in ctors)
        {
            if (best is null || c.GetParameters().Length > best.GetParameters().Length) best = c;
        }
        if (best is null && !target.IsValueType) throw new InvalidCastException($"{target.Name} has no public constructor.");
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        object instance;
        if (best is null) instance = Activator.CreateInstance(target)!;
        else
        {
            var ps = best.GetParameters();
            var args = new object?[ps.Length];
            for (var i = 0; i < ps.Length; i++)
            {
                if (TryGet(map, ps[i].Name!, out var v))
                {
                    args[i] = Convert(v, ps[i].ParameterType);
                    used.Add(ps[i].Name!);
                }
                else args[i] = ps[i].HasDefaultValue ? ps[i].DefaultValue : Convert(null, ps[i].ParameterType);
            }
            instance = best.Invoke(args);
        }
        foreach (var p in target.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!p.CanWrite || used.Contains(p.Name) || !TryGet(map, p.Name, out var v)) continue;
            p.SetValue(instance, Convert(v, p.PropertyType));
        }
        return instance;
    }

    private static bool TryGet(IReadOnlyDictionary<string, object?> map, string name, out object? value)
    {
        if (map.TryGetValue(name, out value)) return true;
        foreach (var kv in map)
        {
            if (string.Equals(kv.Key, name, StringComparison.OrdinalIgnoreCase)) { value = kv.Value; return true; }
        }
        value = null;
        return false;
    }
}
