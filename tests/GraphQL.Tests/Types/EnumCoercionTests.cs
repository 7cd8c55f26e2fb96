using System.Text.Json;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Tests.Utilities.Support;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Tests.Types;

/// <summary>Enum coercion against graphql-js, including its "Did you mean" suggestions.</summary>
public sealed class EnumCoercionTests
{
    private const string Sdl = "enum Color { RED GREEN BLUE DARK_RED RED2 }\ntype Query { c: Color }";

    [Fact]
    public void Enum_values_coerce_exactly_as_graphql_js_does()
    {
        string[] values = ["\"RED\"", "\"red\"", "\"GREN\"", "\"DARK_RE\"", "\"PURPLE\"", "1", "true", "null", "[\"RED\"]", "{}"];
        string[] literals = ["RED", "red", "GREN", "\"RED\"", "1", "null", "[RED]", "{a: RED}", "DARKRED", "RED3"];
        var cases = new List<(string Method, string Input)>();
        foreach (var v in values)
        {
            cases.Add(("serialize", v));
            cases.Add(("parseValue", v));
        }
        foreach (var l in literals) cases.Add(("parseLiteral", l));
        var results = SchemaOracle.Run(cases.Select(c => c.Method == "parseLiteral"
            ? (object)new { op = "enum", sdl = Sdl, type = "Color", method = c.Method, literal = c.Input }
            : new { op = "enum", sdl = Sdl, type = "Color", method = c.Method, value = JsonDocument.Parse(c.Input).RootElement.Clone() }).ToList());
        var color = (EnumType)SchemaBuilder.BuildSchema(Sdl).GetType("Color")!;
        var disagreements = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var (method, input) = cases[i];
            var clr = ToClr(JsonDocumentOrNull(method, input));
            var ours = method switch
            {
                "serialize" => color.Serialize(clr),
                "parseValue" => color.ParseValue(clr),
                _ => color.ParseLiteral(Parser.ParseValue(input)),
            };
            var expected = results[i];
            var agree = expected.TryGetProperty("error", out var error)
                ? ours.Error == error.GetString()
                : !ours.IsError && expected.GetProperty("value").GetString() == (string?)ours.Value;
            if (!agree) disagreements.Add($"{method}({input}): graphql-js {expected} ours {ours}");
        }
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    private static JsonElement? JsonDocumentOrNull(string method, string input)
        => method == "parseLiteral" ? null : JsonDocument.Parse(input).RootElement.Clone();

    private static object? ToClr(JsonElement? e) => e is not { } v ? null : v.ValueKind switch
    {
        JsonValueKind.Number => v.GetDouble(),
        JsonValueKind.String => v.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => v.EnumerateArray().Select(x => ToClr(x)).ToList(),
        JsonValueKind.Object => v.EnumerateObject().ToDictionary(p => p.Name, p => ToClr(p.Value)),
        _ => null,
    };
}
