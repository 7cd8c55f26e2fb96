using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Types;

/// <summary>An enum type: a leaf whose values are names.</summary>
public sealed class EnumType : NamedType
{
    private IReadOnlyList<EnumValueDefinition> _values = [];
    private Dictionary<string, EnumValueDefinition> _byName = new(StringComparer.Ordinal);
    private Dictionary<object, EnumValueDefinition> _byValue = new();
    private Dictionary<string, EnumValueDefinition> _byLooseName = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates an enum type; values are attached by the schema builder.</summary>
    public EnumType(string name, string? description = null, IReadOnlyList<EnumValueDefinition>? values = null)
        : base(name, description)
    {
        if (values is not null) Values = values;
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>The values in definition order.</summary>
    public IReadOnlyList<EnumValueDefinition> Values
    {
        get => _values;
        internal set
        {
            _values = value;
            var byName = new Dictionary<string, EnumValueDefinition>(StringComparer.Ordinal);
            var byValue = new Dictionary<object, EnumValueDefinition>();
            var loose = new Dictionary<string, EnumValueDefinition>(StringComparer.OrdinalIgnoreCase);
            foreach (var v in value)
            {
                byName.TryAdd(v.Name, v);
                byValue.TryAdd(v.Value, v);
                loose.TryAdd(v.Name.Replace("_", "", StringComparison.Ordinal), v);
            }
            _byName = byName;
            _byValue = byValue;
            _byLooseName = loose;
        }
    }

    /// <summary>The value named <paramref name="name"/>, or null.</summary>
    public EnumValueDefinition? GetValue(string name) => _byName.GetValueOrDefault(name);

    /// <summary>
    /// Result coercion: the name of the value whose internal value is <paramref name="value"/>. A CLR enum member
    /// also matches the value of the same name ignoring case and underscores (<c>TopicFocus</c> is <c>TOPIC_FOCUS</c>).
    /// </summary>
    public CoercionResult Serialize(object? value)
    {
        if (value is not null)
        {
            if (_byValue.TryGetValue(value, out var v)) return CoercionResult.Ok(v.Name);
            if (value is Enum e && _byLooseName.TryGetValue(e.ToString().Replace("_", "", StringComparison.Ordinal), out v))
                return CoercionResult.Ok(v.Name);
        }
        return CoercionResult.Fail($"Enum \"{Name}\" cannot represent value: {Inspect.Value(value)}");
    }

    /// <summary>Variable input coercion: a value name to its internal value.</summary>
    public CoercionResult ParseValue(object? value)
    {
        if (!Scalars.JsValue.TryString(value, out var s))
        {
            var valueStr = Inspect.Value(value);
            return CoercionResult.Fail($"Enum \"{Name}\" cannot represent non-string value: {valueStr}." + DidYouMean(valueStr));
        }
        var v = GetValue(s);
        return v is null
            ? CoercionResult.Fail($"Value \"{s}\" does not exist in \"{Name}\" enum." + DidYouMean(s))
            : CoercionResult.Ok(v.Value);
    }

    /// <summary>Literal input coercion: an enum literal to its internal value.</summary>
    public CoercionResult ParseLiteral(ValueNode literal)
    {
        var valueStr = Printer.Print(literal);
        if (literal is not EnumValueNode e)
            return CoercionResult.Fail($"Enum \"{Name}\" cannot represent non-enum value: {valueStr}." + DidYouMean(valueStr));
        var v = GetValue(e.Value);
        return v is null
            ? CoercionResult.Fail($"Value \"{valueStr}\" does not exist in \"{Name}\" enum." + DidYouMean(valueStr))
            : CoercionResult.Ok(v.Value);
    }

    private string DidYouMean(string unknown)
    {
        var names = new List<string>(_values.Count);
        foreach (var v in _values) names.Add(v.Name);
        return Suggestions.DidYouMean("the enum value", Suggestions.List(unknown, names));
    }
}
