using StudyGraph.Testing;

namespace StudyGraph.GraphQL.Tests.Validation.Support;

/// <summary>
/// The validation corpus: hand-written files in tests/GraphQL.Tests/Corpus/validation (documents separated by a line
/// of exactly <c>~~~~~~~~</c>; a first line <c>#! schema: NAME</c> picks the schema, default "test") plus seeded
/// random documents for each schema.
/// </summary>
public static class ValidationCorpus
{
    private const string Separator = "~~~~~~~~";

    /// <summary>The folder of the hand-written files.</summary>
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "GraphQL.Tests", "Corpus", "validation");

    /// <summary>Every hand-written case.</summary>
    public static List<ValidationCase> HandWritten()
    {
        var cases = new List<ValidationCase>();
        foreach (var file in Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
            var schema = "test";
            if (lines.Count > 0 && lines[0].StartsWith("#! schema:", StringComparison.Ordinal))
            {
                schema = lines[0]["#! schema:".Length..].Trim();
                lines.RemoveAt(0);
            }
            var current = new List<string>();
            var index = 0;
            void Flush()
            {
                var text = string.Join("\n", current);
                if (text.Trim().Length > 0) cases.Add(new ValidationCase(schema, text, $"{Path.GetFileName(file)}#{index}"));
                index++;
                current.Clear();
            }
            foreach (var line in lines)
            {
                if (line == Separator) Flush();
                else current.Add(line);
            }
            Flush();
        }
        return cases;
    }

    /// <summary><paramref name="perSchema"/> random documents for each schema, from a fixed seed.</summary>
    public static List<ValidationCase> Generated(int perSchema, int seed)
    {
        var cases = new List<ValidationCase>();
        foreach (var name in ValidationOracle.SchemaNames)
        {
            // Half the documents come with no deliberate mistake, half with a few.
            var clean = new RandomDocumentGenerator(ValidationOracle.Schema(name), seed, mistakeRate: 0);
            var faulty = new RandomDocumentGenerator(ValidationOracle.Schema(name), seed + 1, mistakeRate: 0.04);
            for (var i = 0; i < perSchema; i++)
            {
                var generator = i % 2 == 0 ? clean : faulty;
                cases.Add(new ValidationCase(name, generator.Next(), $"generated:{name}:{seed}:{i}"));
            }
        }
        return cases;
    }
}
