using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Utilities;
using StudyGraph.GraphQL.Utilities.Binding;

namespace StudyGraph.GraphQL.Tests.ExecutionTests.Support;

/// <summary>
/// Schemas over static JSON data with the conventions of tests/oracle/graphql/execute.js: properties by field name,
/// "__throw__msg" throws msg, "__args__" returns the coerced arguments as JSON.stringify would print them.
/// </summary>
internal static class StaticSchemas
{
    public static string CorpusDir => Path.Combine(StudyGraph.Testing.RepoPaths.Root, "tests", "GraphQL.Tests", "Corpus", "execution");

    public static string SchemasDir => Path.Combine(StudyGraph.Testing.RepoPaths.Root, "tests", "GraphQL.Tests", "Schemas");

    /// <summary>The differential schemas: name, SDL and root data JSON.</summary>
    public static IReadOnlyList<(string Name, string Sdl, string RootJson)> All { get; } =
    [
        ("exec", File.ReadAllText(Path.Combine(CorpusDir, "exec.graphql")), File.ReadAllText(Path.Combine(CorpusDir, "exec.json"))),
        ("kitchen", File.ReadAllText(Path.Combine(SchemasDir, "kitchen-sink.graphql")), File.ReadAllText(Path.Combine(CorpusDir, "kitchen-sink.json"))),
        ("large", File.ReadAllText(Path.Combine(SchemasDir, "studygraph-large.graphql")), File.ReadAllText(Path.Combine(CorpusDir, "studygraph-large.json"))),
    ];

    public static GraphQLSchema Build(string sdl, bool asynchronous = false)
    {
        var probe = SchemaBuilder.BuildSchema(sdl);
        var builder = SchemaBuilder.FromSdl(sdl);
        foreach (var type in probe.Types)
        {
            if (type is not ObjectType o || o.Name.StartsWith("__", StringComparison.Ordinal)) continue;
            foreach (var f in o.Fields) builder.Bind(o.Name, f.Name, asynchronous ? ResolveLater : Resolve);
        }
        return builder.Build();
    }

    public static object? Root(string json) => InputValues.FromElement(JsonDocument.Parse(json).RootElement);

    // The same resolver completing on the thread pool: exercises the concurrent paths of the executor.
    private static async ValueTask<object?> ResolveLater(ResolveFieldContext ctx)
    {
        await Task.Yield();
        return await Resolve(ctx);
    }

    private static ValueTask<object?> Resolve(ResolveFieldContext ctx)
    {
        if (ctx.Source is not IReadOnlyDictionary<string, object?> map || !map.TryGetValue(ctx.FieldName, out var value))
            return new ValueTask<object?>((object?)null);
        if (value is string s)
        {
            if (s.StartsWith("__throw__", StringComparison.Ordinal)) throw new InvalidOperationException(s.Length > 9 ? s[9..] : "thrown");
            if (s == "__args__") return new ValueTask<object?>(Stringify(ctx.Arguments));
        }
        return new ValueTask<object?>(value);
    }

    /// <summary>JSON.stringify of a coerced value.</summary>
    public static string Stringify(object? value)
    {
        var sb = new StringBuilder();
        Write(sb, value);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null: sb.Append("null"); break;
            case string s: sb.Append(Inspect.JsonString(s)); break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case int or long: sb.Append(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
            case double d: sb.Append(double.IsFinite(d) ? JsNumber.Format(d) : "null"); break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                sb.Append('{');
                var first = true;
                foreach (var kv in map)
                {
                    if (!first) sb.Append(',');
                    first = false;
                    sb.Append(Inspect.JsonString(kv.Key)).Append(':');
                    Write(sb, kv.Value);
                }
                sb.Append('}');
                break;
            case IEnumerable list:
                sb.Append('[');
                var firstItem = true;
                foreach (var item in list)
                {
                    if (!firstItem) sb.Append(',');
                    firstItem = false;
                    Write(sb, item);
                }
                sb.Append(']');
                break;
            default: sb.Append(Inspect.JsonString(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")); break;
        }
    }
}
