using System.Globalization;
using System.Text.Json;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Tests.Utilities.Support;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Tests.Types;

/// <summary>The five specified scalars against graphql-js: serialize, parseValue and parseLiteral over a table of edge values.</summary>
public sealed class ScalarCoercionOracleFixture
{
    public static readonly string[] Scalars = ["Int", "Float", "String", "Boolean", "ID"];

    // JSON inputs for serialize / parseValue (JavaScript sees every number as a double).
    public static readonly string[] JsonValues =
    [
        "0", "1", "-1", "1.0", "1.5", "-0.0", "0.1", "2147483647", "2147483648", "-2147483648", "-2147483649", "1e21", "1e100",
        "9007199254740993", "123456789012", "\"1\"", "\"1.5\"", "\"\"", "\" 12 \"", "\"0x1F\"", "\"1e3\"", "\"abc\"", "\"2147483648\"",
        "\"Infinity\"", "\"-Infinity\"", "\"infinity\"", "\"-0\"", "\" \"", "\".5\"", "\"5.\"", "\"+5\"", "\"-0x1F\"", "\"1e1000\"",
        "\"00012\"", "\"0b\"", "\"0b101\"", "\"0o17\"", "\"\\u00a012\"", "\"1_000\"", "\"1e\"", "\"-\"", "\"\\u00e9\\n\"", "true", "false", "null", "[]", "[1]", "[1,\"a\"]", "{}", "{\"a\":1}", "{\"a\":{\"b\":[1,2]}}",
    ];

    public static readonly string[] Literals =
    [
        "1", "-1", "0", "1.5", "1e3", "-0", "2147483647", "2147483648", "-2147483649", "99999999999999999999", "\"s\"", "\"1\"", "\"\"\"block\"\"\"",
        "true", "false", "null", "ENUM", "[1]", "{a: 1}", "$var",
    ];

    public ScalarCoercionOracleFixture()
    {
        foreach (var scalar in Scalars)
        {
            foreach (var method in new[] { "serialize", "parseValue" })
            {
                foreach (var json in JsonValues) Cases.Add((scalar, method, json));
            }
            foreach (var literal in Literals) Cases.Add((scalar, "parseLiteral", literal));
        }
        var batch = new List<object>();
        foreach (var (scalar, method, input) in Cases)
        {
            if (method == "parseLiteral") batch.Add(new { op = "scalar", scalar, method, literal = input });
            else batch.Add(new { op = "scalar", scalar, method, value = JsonDocument.Parse(input).RootElement.Clone() });
        }
        Results = SchemaOracle.Run(batch);
    }

    public List<(string Scalar, string Method, string Input)> Cases { get; } = [];

    public IReadOnlyList<JsonElement> Results { get; }
}

public sealed class ScalarCoercionTests(ScalarCoercionOracleFixture fixture) : IClassFixture<ScalarCoercionOracleFixture>
{
    [Fact]
    public void Built_in_scalars_coerce_exactly_as_graphql_js_does()
    {
        var disagreements = new List<string>();
        for (var i = 0; i < fixture.Cases.Count; i++)
        {
            var (scalarName, method, input) = fixture.Cases[i];
            var scalar = ScalarType.FindSpecified(scalarName)!;
            var ours = method switch
            {
                "serialize" => scalar.Serialize(ToClr(JsonDocument.Parse(input).RootElement)),
                "parseValue" => scalar.ParseValue(ToClr(JsonDocument.Parse(input).RootElement)),
                _ => scalar.ParseLiteral(Parser.ParseValue(input)),
            };
            var expected = fixture.Results[i];
            var agree = expected.TryGetProperty("error", out var error)
                ? ours.IsError && ours.Error == error.GetString()
                : !ours.IsError && SameValue(expected.GetProperty("value"), ours.Value);
            if (!agree) disagreements.Add($"{scalarName}.{method}({input}): graphql-js {expected} ours {ours}");
        }
        Assert.True(fixture.Cases.Count >= 400, "table too small");
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    [Fact]
    public void Json_elements_coerce_like_plain_values()
    {
        using var doc = JsonDocument.Parse("[1, 1.5, \"x\", true]");
        var items = doc.RootElement.EnumerateArray().ToArray();
        Assert.Equal(1, ScalarType.Int.ParseValue(items[0]).Value);
        Assert.Equal("Int cannot represent non-integer value: 1.5", ScalarType.Int.ParseValue(items[1]).Error);
        Assert.Equal("x", ScalarType.String.ParseValue(items[2]).Value);
        Assert.Equal(true, ScalarType.Boolean.ParseValue(items[3]).Value);
        Assert.Equal("1", ScalarType.ID.ParseValue(items[0]).Value);
    }

    [Fact]
    public void Clr_numbers_serialize_exactly()
    {
        Assert.Equal(2147483647, ScalarType.Int.Serialize(2147483647L).Value);
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 2147483648", ScalarType.Int.Serialize(2147483648L).Error);
        Assert.Equal(3, ScalarType.Int.Serialize(3m).Value);
        Assert.Equal(0.5, ScalarType.Float.Serialize(0.5f).Value);
        Assert.Equal("9007199254740993", ScalarType.ID.Serialize(9007199254740993L).Value);
        Assert.Equal("9007199254740993", ScalarType.String.Serialize(9007199254740993L).Value);
        var g = Guid.NewGuid();
        Assert.Equal(g.ToString(), ScalarType.ID.Serialize(g).Value);
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(-123.456, "-123.456")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    public void Numbers_format_as_javascript_does(double value, string expected)
    {
        Assert.Equal(expected, JsNumber.Format(value));
    }

    private static bool SameValue(JsonElement expected, object? actual)
    {
        if (expected.ValueKind == JsonValueKind.Number)
            return actual is int or double && Convert.ToDouble(actual, CultureInfo.InvariantCulture) == expected.GetDouble();
        return expected.ValueKind switch
        {
            JsonValueKind.String => actual is string s && s == expected.GetString(),
            JsonValueKind.True => actual is true,
            JsonValueKind.False => actual is false,
            _ => expected.GetRawText() == JsonSerializer.Serialize(actual),
        };
    }

    // JavaScript's view of a JSON value: every number a double, arrays lists, objects dictionaries.
    private static object? ToClr(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number => e.GetDouble(),
        JsonValueKind.String => e.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => e.EnumerateArray().Select(ToClr).ToList(),
        JsonValueKind.Object => e.EnumerateObject().ToDictionary(p => p.Name, p => ToClr(p.Value)),
        _ => null,
    };
}
