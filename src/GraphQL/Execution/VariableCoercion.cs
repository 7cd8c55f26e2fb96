using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Utilities;
using StudyGraph.GraphQL.Validation;

namespace StudyGraph.GraphQL.Execution;

/// <summary>
/// Spec 6.1.2 <c>CoerceVariableValues</c> and the input coercion rules of section 3 (graphql-js <c>coerceVariableValues</c>,
/// <c>coerceInputValue</c>): null versus absent, defaults, a single value where a list is expected, input objects,
/// <c>@oneOf</c>, enum and scalar <c>parseValue</c>, with graphql-js's messages.
/// </summary>
public static partial class VariableCoercion
{
    private const int MaxErrors = 50;

    /// <summary>
    /// Coerces <paramref name="inputs"/> (plain CLR values or <see cref="System.Text.Json.JsonElement"/>s) for the operation's
    /// variable definitions. Absent variables without a default stay absent; returns null with <paramref name="errors"/> set on failure.
    /// </summary>
    public static IReadOnlyDictionary<string, object?>? Coerce(GraphQLSchema schema, OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs, out IReadOnlyList<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(operation);
        var list = new List<GraphQLError>();
        var coerced = new Dictionary<string, object?>(operation.VariableDefinitions.Count, StringComparer.Ordinal);
        foreach (var def in operation.VariableDefinitions)
        {
            if (list.Count >= MaxErrors)
            {
                list.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."));
                break;
            }
            var name = def.Variable.Name.Value;
            var type = TypeFromAst.Get(schema, def.Type);
            if (type is null || !type.IsInputType)
            {
                list.Add(GraphQLError.At($"Variable \"${name}\" expected value of type \"{Printer.Print(def.Type)}\" which cannot be used as an input type.", def.Type));
                continue;
            }
            if (inputs is null || !inputs.TryGetValue(name, out var raw))
            {
                if (def.DefaultValue is not null)
                {
                    if (ValueFromAst.TryCoerce(def.DefaultValue, type, null, out var dv)) coerced[name] = dv;
                }
                else if (type is NonNullType)
                {
                    list.Add(GraphQLError.At($"Variable \"${name}\" of required type \"{type}\" was not provided.", def));
                }
                continue;
            }
            var value = InputValues.FromJson(raw);
            if (value is null && type is NonNullType)
            {
                list.Add(GraphQLError.At($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", def));
                continue;
            }
            var before = list.Count;
            var result = CoerceInput(value, type, [], (path, invalid, message) =>
            {
                var prefix = $"Variable \"${name}\" got invalid value {Inspect.Value(invalid)}";
                if (path.Count > 0) prefix += $" at \"{name}{PrintPath(path)}\"";
                list.Add(GraphQLError.At(prefix + "; " + message, def));
            });
            if (list.Count == before) coerced[name] = result;
        }
        errors = list;
        return list.Count == 0 ? coerced : null;
    }

    /// <summary>graphql-js <c>coerceInputValue</c>: coerces an external value to <paramref name="type"/>, reporting each problem.</summary>
    public static object? CoerceInput(object? value, GraphQLType type, IReadOnlyList<object> path, Action<IReadOnlyList<object>, object?, string> onError)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(onError);
        if (type is NonNullType nn)
        {
            if (value is not null) return CoerceInput(value, nn.OfType, path, onError);
            onError(path, value, $"Expected non-nullable type \"{type}\" not to be null.");
            return null;
        }
        if (value is null) return null;
        switch (type)
        {
            case ListType list:
                if (value is IList<object?> items)
                {
                    var coerced = new List<object?>(items.Count);
                    for (var i = 0; i < items.Count; i++) coerced.Add(CoerceInput(items[i], list.OfType, Append(path, i), onError));
                    return coerced;
                }
                return new List<object?> { CoerceInput(value, list.OfType, path, onError) };
            case InputObjectType io:
                return CoerceInputObject(value, io, path, onError);
            case ScalarType scalar:
                {
                    var r = scalar.ParseValue(value);
                    if (r.IsError) { onError(path, value, r.Error!); return null; }
                    return r.Value;
                }
            case EnumType en:
                {
                    var r = en.ParseValue(value);
                    if (r.IsError) { onError(path, value, r.Error!); return null; }
                    return r.Value;
                }
            default:
                onError(path, value, $"Expected type \"{type}\".");
                return null;
        }
    }

    private static Dictionary<string, object?>? CoerceInputObject(object value, InputObjectType type, IReadOnlyList<object> path,
        Action<IReadOnlyList<object>, object?, string> onError)
    {
        if (value is not Dictionary<string, object?> fields)
        {
            onError(path, value, $"Expected type \"{type.Name}\" to be an object.");
            return null;
        }
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue) coerced[field.Name] = field.DefaultValue;
                else if (field.Type is NonNullType)
                    onError(path, value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
                continue;
            }
            coerced[field.Name] = CoerceInput(fieldValue, field.Type, Append(path, field.Name), onError);
        }
        foreach (var key in fields.Keys)
        {
            if (type.GetField(key) is not null) continue;
            var names = new List<string>(type.Fields.Count);
            foreach (var f in type.Fields) names.Add(f.Name);
            onError(path, value, $"Field \"{key}\" is not defined by type \"{type.Name}\"." + Suggestions.DidYouMean(Suggestions.List(key, names)));
        }
        if (type.IsOneOf)
        {
            if (coerced.Count != 1) onError(path, value, $"Exactly one key must be specified for OneOf type \"{type.Name}\".");
            else
            {
                foreach (var kv in coerced)
                {
                    if (kv.Value is null) onError(Append(path, kv.Key), null, $"Field \"{kv.Key}\" must be non-null.");
                }
            }
        }
        return coerced;
    }

    private static object[] Append(IReadOnlyList<object> path, object segment)
    {
        var result = new object[path.Count + 1];
        for (var i = 0; i < path.Count; i++) result[i] = path[i];
        result[path.Count] = segment;
        return result;
    }

    private static string PrintPath(IReadOnlyList<object> path)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var key in path)
        {
            if (key is int i) sb.Append('[').Append(i).Append(']');
            else sb.Append('.').Append(key);
        }
        return sb.ToString();
    }
}
