using System.Text.Json;
using StudyGraph.GraphQL.Language;
using StudyGraph.Testing;

namespace StudyGraph.GraphQL.Tests.Language.Support;

/// <summary>One parse outcome: printed text when accepted, message and location when rejected.</summary>
internal sealed record ParseOutcome(bool Ok, string? Printed, string? Message, int Line, int Column, string? Crash = null);

/// <summary>Parses batches with graphql-js (tests/oracle/graphql/parse.js, one Node process per batch) and with our parser.</summary>
internal static class ParseOracle
{
    public static IReadOnlyList<ParseOutcome> GraphQLJs(IReadOnlyList<string> sources, int? maxTokens = null)
    {
        var args = maxTokens is { } m ? new[] { "--maxTokens=" + m } : [];
        var stdout = NodeOracle.Run("graphql/parse.js", JsonStrings.Array(sources), TimeSpan.FromMinutes(5), args);
        using var doc = JsonDocument.Parse(stdout);
        var results = new List<ParseOutcome>();
        foreach (var item in doc.RootElement.EnumerateArray())
        {
            if (item.GetProperty("ok").GetBoolean())
            {
                results.Add(new ParseOutcome(true, item.GetProperty("printed").GetString(), null, 0, 0));
            }
            else if (item.TryGetProperty("error", out var error))
            {
                results.Add(new ParseOutcome(false, null, error.GetProperty("message").GetString(), error.GetProperty("line").GetInt32(), error.GetProperty("column").GetInt32()));
            }
            else
            {
                results.Add(new ParseOutcome(false, null, null, 0, 0, item.GetProperty("crash").GetString()));
            }
        }
        Assert.Equal(sources.Count, results.Count);
        return results;
    }

    public static ParseOutcome Ours(string source, ParserOptions? options = null)
    {
        try
        {
            return new ParseOutcome(true, MarkLoneSurrogates(Printer.Print(Parser.Parse(source, options))), null, 0, 0);
        }
        catch (GraphQLSyntaxException e)
        {
            return new ParseOutcome(false, null, MarkLoneSurrogates(e.Error.Message), e.Line, e.Column);
        }
    }

    /// <summary>Compares every source; returns readable descriptions of the disagreements (empty when all agree).</summary>
    public static List<string> Disagreements(IReadOnlyList<string> sources, ParserOptions? options = null, int? maxTokens = null) =>
        Disagreements(sources, GraphQLJs(sources, maxTokens), options);

    /// <summary>Compares our parse of every source with graphql-js's recorded outcomes.</summary>
    public static List<string> Disagreements(IReadOnlyList<string> sources, IReadOnlyList<ParseOutcome> theirs, ParserOptions? options = null)
    {
        var problems = new List<string>();
        for (var i = 0; i < sources.Count; i++)
        {
            var ours = Ours(sources[i], options);
            var js = theirs[i];
            if (js.Crash is not null) continue; // graphql-js itself failed (e.g. stack overflow): nothing to compare
            string? problem = null;
            if (ours.Ok != js.Ok) problem = $"acceptance: ours {Describe(ours)} vs graphql-js {Describe(js)}";
            else if (ours.Ok && ours.Printed != js.Printed) problem = $"printed differs:\n--- ours\n{ours.Printed}\n--- graphql-js\n{js.Printed}";
            else if (!ours.Ok && (ours.Line, ours.Column) != (js.Line, js.Column)) problem = $"location: ours {Describe(ours)} vs graphql-js {Describe(js)}";
            else if (!ours.Ok && ours.Message != KnownDifferences.Normalize(js.Message!)) problem = $"message: ours {Describe(ours)} vs graphql-js {Describe(js)}";
            if (problem is not null) problems.Add($"#{i} {JsonStrings.Quote(Truncate(sources[i]))}\n  {problem}");
        }
        return problems;
    }

    /// <summary>Unpaired surrogates as "&lt;U+D800&gt;" text, as parse.js sends them (JSON readers refuse them).</summary>
    public static string MarkLoneSurrogates(string s)
    {
        System.Text.StringBuilder? sb = null;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var paired = char.IsHighSurrogate(c) ? i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])
                : char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(s[i - 1]);
            if (!char.IsSurrogate(c) || paired)
            {
                sb?.Append(c);
                continue;
            }
            sb ??= new System.Text.StringBuilder(s, 0, i, s.Length + 8);
            sb.Append("<U+").Append(((int)c).ToString("X", System.Globalization.CultureInfo.InvariantCulture)).Append('>');
        }
        return sb?.ToString() ?? s;
    }

    private static string Truncate(string s) => s.Length > 300 ? s[..300] + "..." : s;

    private static string Describe(ParseOutcome o) => o.Ok ? "accepted" : $"rejected {o.Line}:{o.Column} {o.Message}";
}
