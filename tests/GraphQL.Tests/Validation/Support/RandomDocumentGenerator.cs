using System.Text;
using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Tests.Validation.Support;

/// <summary>
/// A seeded generator of executable documents for a schema: operations that pick fields, arguments, variables,
/// inline and named fragments and directives from the schema, and (with <c>mistakes</c>) deliberate errors of every
/// rule's kind: unknown names, wrong values, missing arguments, bad variables, conflicting aliases, fragment cycles...
/// </summary>
public sealed partial class RandomDocumentGenerator
{
    private readonly GraphQLSchema _schema;
    private readonly Random _random;
    private readonly double _mistakeRate;
    private readonly StringBuilder _sb = new();
    private readonly List<(string Name, GraphQLType Type)> _variables = [];
    private readonly List<string> _fragmentsText = [];
    private readonly List<(string Name, string TypeName)> _fragments = [];
    private int _aliasCounter;

    public RandomDocumentGenerator(GraphQLSchema schema, int seed, double mistakeRate)
    {
        _schema = schema;
        _random = new Random(seed);
        _mistakeRate = mistakeRate;
    }

    /// <summary>One document: one to three operations and their fragments.</summary>
    public string Next()
    {
        _fragmentsText.Clear();
        _fragments.Clear();
        var doc = new StringBuilder();
        var operations = _random.Next(10) < 8 ? 1 : _random.Next(2, 4);
        for (var i = 0; i < operations; i++)
        {
            doc.Append(Operation(i, operations)).Append('\n');
        }
        foreach (var f in _fragmentsText) doc.Append(f).Append('\n');
        if (Mistake()) doc.Append(MistakeFragment());
        return doc.ToString();
    }

    private bool Mistake() => _random.NextDouble() < _mistakeRate;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private string Operation(int index, int count)
    {
        _variables.Clear();
        var kind = _random.Next(10);
        ObjectType? root = kind switch
        {
            < 7 => _schema.QueryType,
            < 9 => _schema.MutationType ?? _schema.QueryType,
            _ => _schema.SubscriptionType ?? _schema.QueryType,
        };
        var keyword = ReferenceEquals(root, _schema.MutationType) ? "mutation" : ReferenceEquals(root, _schema.SubscriptionType) ? "subscription" : "query";
        var named = count > 1 ? !(Mistake() && index == 0) : _random.Next(3) > 0;
        var name = named ? "Op" + (Mistake() && index > 0 ? 0 : index) : "";
        var body = SelectionSet(root!, depth: 0, maxFields: keyword == "subscription" && !Mistake() ? 1 : 4);
        var header = new StringBuilder(keyword);
        if (name.Length > 0) header.Append(' ').Append(name);
        if (_variables.Count > 0 || Mistake())
        {
            var defs = new List<string>();
            foreach (var (vName, vType) in _variables) defs.Add(VariableDefinition(vName, vType));
            if (Mistake()) defs.Add("$unused" + _random.Next(3) + ": " + Pick(["Int", "String!", "[Boolean]", "Dog", "Nope"]));
            if (defs.Count > 0) header.Append('(').Append(string.Join(", ", defs)).Append(')');
        }
        if (Mistake()) header.Append(Pick([" @onQuery", " @skip(if: true)", " @unknownDirective", " @onQuery @onQuery"]));
        if (name.Length == 0 && _variables.Count == 0 && keyword == "query" && _random.Next(3) == 0) return body;
        return header + " " + body;
    }

    private string VariableDefinition(string name, GraphQLType type)
    {
        var typeText = $"{type}";
        if (Mistake()) typeText = Pick([typeText.TrimEnd('!'), typeText + (typeText.EndsWith('!') ? "" : "!"), "String", "[" + typeText + "]"]);
        var def = "$" + name + ": " + typeText;
        if (_random.Next(5) == 0 && type.GetNamedType() is ScalarType or EnumType) def += " = " + Value(type.Nullable, 0);
        return def;
    }

    private string SelectionSet(NamedType parent, int depth, int maxFields)
    {
        var parts = new List<string>();
        var n = _random.Next(1, maxFields + 1);
        for (var i = 0; i < n; i++) parts.Add(Selection(parent, depth));
        if (Mistake() && parts.Count > 0) parts.Add(parts[0]);
        return "{ " + string.Join(" ", parts) + " }";
    }

    private string Selection(NamedType parent, int depth)
    {
        var roll = _random.Next(10);
        if (parent is UnionType || (parent is InterfaceType && roll < 3))
        {
            var possible = _schema.GetPossibleTypes(parent);
            if (roll < 2 || possible.Count == 0) return "__typename";
            var target = Mistake() ? Pick(_schema.Types.OfType<ObjectType>().ToList()) : Pick(possible);
            return roll < 6 || depth > 2 ? InlineFragment(target, depth) : FragmentSpread(target, depth);
        }
        if (parent is not ComplexType complex || complex.Fields.Count == 0) return "__typename";
        if (roll == 9 && depth < 3) return FragmentSpread(parent, depth);
        if (roll == 8 && depth < 3) return InlineFragment(parent, depth);
        if (Mistake()) return MistakeField(complex, depth);
        return Field(complex, Pick(complex.Fields), depth);
    }

    private string InlineFragment(NamedType type, int depth)
    {
        var condition = _random.Next(6) == 0 ? "" : " on " + type.Name;
        var directive = _random.Next(6) == 0 ? " @include(if: " + (_random.Next(2) == 0 ? "true" : BoolVariable()) + ")" : "";
        return "..." + condition + directive + " " + SelectionSet(type, depth + 1, 3);
    }

    private string FragmentSpread(NamedType type, int depth)
    {
        if (_fragments.Count > 0 && _random.Next(3) == 0)
        {
            var existing = Pick(_fragments);
            return "..." + existing.Name;
        }
        var name = "Frag" + _fragments.Count;
        _fragments.Add((name, type.Name));
        var body = SelectionSet(type, depth + 1, 3);
        _fragmentsText.Add("fragment " + name + " on " + type.Name + " " + body);
        return "..." + name + (_random.Next(8) == 0 ? " @skip(if: false)" : "");
    }

    private string Field(ComplexType parent, FieldDefinition field, int depth)
    {
        var sb = new StringBuilder();
        if (_random.Next(6) == 0) sb.Append("a").Append(Mistake() ? _aliasCounter % 4 : _aliasCounter++).Append(": ");
        sb.Append(field.Name);
        var args = new List<string>();
        foreach (var arg in field.Arguments)
        {
            if (arg.IsRequired || _random.Next(3) == 0) args.Add(arg.Name + ": " + ArgumentValue(arg.Type, depth));
        }
        if (args.Count > 0) sb.Append('(').Append(string.Join(", ", args)).Append(')');
        if (_random.Next(8) == 0)
        {
            var local = _schema.GetDirective("repeatableTag") is null ? " @include(if: true)" : Pick([" @onField", " @repeatableTag(name: \"x\") @repeatableTag"]);
            sb.Append(Pick([" @skip(if: " + BoolVariable() + ")", " @include(if: false)", local]));
        }
        var named = field.Type.GetNamedType();
        if (named is ComplexType or UnionType)
        {
            if (depth >= 4) sb.Append(" { __typename }");
            else sb.Append(' ').Append(SelectionSet(named, depth + 1, 3));
        }
        return sb.ToString();
    }

    private string BoolVariable()
    {
        var name = "flag" + _random.Next(2);
        AddVariable(name, new NonNullType(ScalarType.Boolean));
        return "$" + name;
    }

    private void AddVariable(string name, GraphQLType type)
    {
        foreach (var v in _variables)
        {
            if (v.Name == name) return;
        }
        _variables.Add((name, type));
    }
}
