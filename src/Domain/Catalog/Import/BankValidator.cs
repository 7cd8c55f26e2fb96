using System.Text.Json;

namespace StudyGraph.Domain.Catalog.Import;

/// <summary>
/// Checks a question-bank file (format version 1, see seed/README.md) and reports every problem with its JSON path,
/// all at once; parses the file into a <see cref="QuestionBank"/> when there is none.
/// </summary>
public static partial class BankValidator
{
    /// <summary>The most problems reported for one file (a last problem says that more were left out).</summary>
    public const int MaxProblems = 500;

    /// <summary>The format version this validator reads.</summary>
    public const int FormatVersion = 1;

    /// <summary>Checks a file given as JSON text.</summary>
    public static BankValidationResult Validate(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1})" : "";
            return new BankValidationResult([new BankProblem("$", BankRules.JsonSyntax, "The file is not valid JSON" + where + ".")], null);
        }
        using (doc)
        {
            return Validate(doc.RootElement);
        }
    }

    /// <summary>Checks a parsed JSON document's root element.</summary>
    public static BankValidationResult Validate(JsonElement root)
    {
        var w = new Walker();
        var bank = w.ReadBank(root);
        var problems = w.Problems;
        return new BankValidationResult(problems, problems.Count == 0 ? bank : null);
    }
}
