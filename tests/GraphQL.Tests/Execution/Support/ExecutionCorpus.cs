using System.Text.Json;

namespace StudyGraph.GraphQL.Tests.ExecutionTests.Support;

/// <summary>
/// The execution corpus (tests/GraphQL.Tests/Corpus/execution/*.txt): cases start with a header line
/// <c>### schema | variables JSON | operationName</c> (the last two optional) followed by the document.
/// </summary>
internal static class ExecutionCorpus
{
    public sealed record Case(string File, int Line, string Schema, string Query, JsonElement? Variables, string? OperationName)
    {
        public override string ToString() => $"{File}:{Line}";
    }

    public static IReadOnlyList<Case> Load()
    {
        var cases = new List<Case>();
        foreach (var path in Directory.GetFiles(StaticSchemas.CorpusDir, "*.txt").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(path);
            string? header = null;
            var headerLine = 0;
            var body = new List<string>();
            void Flush()
            {
                if (header is null) return;
                var parts = header.Split('|', StringSplitOptions.TrimEntries);
                JsonElement? vars = parts.Length > 1 && parts[1].Length > 0 && parts[1] != "-" ? JsonDocument.Parse(parts[1]).RootElement : null;
                var op = parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null;
                cases.Add(new Case(Path.GetFileName(path), headerLine, parts[0], string.Join("\n", body), vars, op));
                body.Clear();
            }
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].StartsWith("### ", StringComparison.Ordinal))
                {
                    Flush();
                    header = lines[i][4..];
                    headerLine = i + 1;
                }
                else if (header is not null) body.Add(lines[i]);
            }
            Flush();
        }
        return cases;
    }
}
