using System.Text;
using System.Text.Json;

namespace StudyGraph.Domain.Catalog.Import;

/// <summary>Writes a <see cref="QuestionBank"/> in the question-bank file format (version 1), indented.</summary>
public static class BankJsonWriter
{
    /// <summary>The bank as JSON text that <see cref="BankValidator"/> reads back to the same bank.</summary>
    public static string Write(QuestionBank bank)
    {
        ArgumentNullException.ThrowIfNull(bank);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("formatVersion", BankValidator.FormatVersion);
            w.WriteStartObject("provider");
            w.WriteString("id", bank.Provider.Id);
            w.WriteString("name", bank.Provider.Name);
            w.WriteString("description", bank.Provider.Description);
            w.WriteString("website", bank.Provider.Website);
            w.WriteEndObject();
            WriteExam(w, bank.Exam);
            w.WriteStartArray("questions");
            foreach (var q in bank.Questions) WriteQuestion(w, q);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteExam(Utf8JsonWriter w, Exam e)
    {
        w.WriteStartObject("exam");
        w.WriteString("id", e.Id);
        w.WriteString("code", e.Code);
        w.WriteString("name", e.Name);
        w.WriteNumber("questionCount", e.QuestionCount);
        w.WriteNumber("durationMinutes", e.DurationMinutes);
        w.WriteStartObject("passingScore");
        w.WriteNumber("score", e.PassingScore.Score);
        w.WriteNumber("maxScore", e.PassingScore.MaxScore);
        w.WriteEndObject();
        w.WriteStartArray("topics");
        foreach (var t in e.Topics)
        {
            w.WriteStartObject();
            w.WriteString("id", t.Id);
            w.WriteString("name", t.Name);
            w.WriteNumber("weight", t.Weight);
            Strings(w, "skills", t.Skills);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteQuestion(Utf8JsonWriter w, Question q)
    {
        w.WriteStartObject();
        w.WriteString("id", q.Id);
        w.WriteString("topicId", q.TopicId);
        w.WriteString("type", q.Type == QuestionType.SingleChoice ? "SINGLE_CHOICE" : "MULTIPLE_CHOICE");
        w.WriteString("text", q.Text);
        w.WriteStartArray("choices");
        foreach (var c in q.Choices)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("text", c.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Strings(w, "correctChoiceIds", q.CorrectChoiceIds);
        w.WriteString("explanation", q.Explanation);
        Strings(w, "references", q.References);
        w.WriteNumber("difficulty", q.Difficulty);
        Strings(w, "tags", q.Tags);
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
