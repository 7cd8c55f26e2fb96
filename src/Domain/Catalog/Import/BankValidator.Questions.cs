using System.Text.Json;

namespace StudyGraph.Domain.Catalog.Import;

public static partial class BankValidator
{
    private sealed partial class Walker
    {
        private string? _examId;
        private HashSet<string>? _topicIds;

        private List<Question>? ReadQuestions(JsonElement e, string path)
        {
            if (!ExpectArray(e, path)) return null;
            var questions = new List<Question>(e.GetArrayLength());
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var ok = true;
            var i = 0;
            foreach (var q in e.EnumerateArray())
            {
                var question = ReadQuestion(q, Index(path, i++), ids);
                if (question is null) ok = false;
                else questions.Add(question);
            }
            return ok ? questions : null;
        }

        private Question? ReadQuestion(JsonElement q, string path, HashSet<string> ids)
        {
            if (!ExpectObject(q, path)) return null;
            var id = Slug(q, "id", path);
            if (id is not null && !ids.Add(id))
            {
                Report(Child(path, "id"), BankRules.DuplicateId, $"Question id '{id}' appears more than once.");
                id = null;
            }
            var topicId = String(q, "topicId", path);
            if (topicId is not null && _topicIds is not null && !_topicIds.Contains(topicId))
            {
                Report(Child(path, "topicId"), BankRules.UnknownTopic, $"'{topicId}' is not a topic of the exam.");
                topicId = null;
            }
            var type = ReadType(q, path);
            var text = String(q, "text", path);
            var choices = Property(q, "choices", path) is { } c ? ReadChoices(c, Child(path, "choices")) : null;
            var correct = ReadCorrect(q, path, type, choices);
            var explanation = String(q, "explanation", path);
            var references = ReadReferences(q, path);
            var difficulty = ReadDifficulty(q, path);
            var tags = StringArray(q, "tags", path, required: false) ?? [];
            if (id is null || topicId is null || type is null || text is null || choices is null || correct is null ||
                explanation is null || references is null || difficulty is null || tags.Contains(null) || _examId is null)
            {
                return null;
            }
            return new Question(id, _examId, topicId, type.Value, text, choices, correct, explanation, references, difficulty.Value,
                tags.Select(t => t!).ToList());
        }

        private QuestionType? ReadType(JsonElement q, string path)
        {
            var s = String(q, "type", path);
            switch (s)
            {
                case null: return null;
                case "SINGLE_CHOICE": return QuestionType.SingleChoice;
                case "MULTIPLE_CHOICE": return QuestionType.MultipleChoice;
                default:
                    Report(Child(path, "type"), BankRules.QuestionType, $"'{s}' is not a question type: use SINGLE_CHOICE or MULTIPLE_CHOICE.");
                    return null;
            }
        }

        private List<Choice>? ReadChoices(JsonElement e, string path)
        {
            if (!ExpectArray(e, path)) return null;
            var n = e.GetArrayLength();
            var ok = true;
            if (n is < 2 or > 8)
            {
                Report(path, BankRules.ChoiceCount, $"A question needs 2 to 8 choices, found {n}.");
                ok = false;
            }
            var choices = new List<Choice>(n);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var i = 0;
            foreach (var c in e.EnumerateArray())
            {
                var cp = Index(path, i++);
                if (!ExpectObject(c, cp)) { ok = false; continue; }
                var id = String(c, "id", cp);
                if (id is not null && !ids.Add(id))
                {
                    Report(Child(cp, "id"), BankRules.DuplicateId, $"Choice id '{id}' appears more than once.");
                    id = null;
                }
                var text = String(c, "text", cp);
                if (id is null || text is null) { ok = false; continue; }
                choices.Add(new Choice(id, text));
            }
            return ok ? choices : null;
        }

        private List<string>? ReadCorrect(JsonElement q, string path, QuestionType? type, List<Choice>? choices)
        {
            var ids = StringArray(q, "correctChoiceIds", path);
            if (ids is null) return null;
            var arrPath = Child(path, "correctChoiceIds");
            var ok = !ids.Contains(null);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < ids.Count; i++)
            {
                if (ids[i] is not { } id) continue;
                if (!seen.Add(id))
                {
                    Report(Index(arrPath, i), BankRules.DuplicateId, $"Correct choice id '{id}' appears more than once.");
                    ok = false;
                }
                else if (choices is not null && !choices.Exists(c => c.Id == id))
                {
                    Report(Index(arrPath, i), BankRules.UnknownChoice, $"'{id}' is not one of the question's choice ids.");
                    ok = false;
                }
            }
            var count = ids.Count;
            if (type == QuestionType.SingleChoice && count != 1)
            {
                Report(arrPath, BankRules.CorrectCount, $"A SINGLE_CHOICE question has exactly one correct choice, found {count}.");
                ok = false;
            }
            else if (type == QuestionType.MultipleChoice && count < 2)
            {
                Report(arrPath, BankRules.CorrectCount, $"A MULTIPLE_CHOICE question has at least two correct choices, found {count}.");
                ok = false;
            }
            else if (type == QuestionType.MultipleChoice && choices is not null && count >= choices.Count)
            {
                Report(arrPath, BankRules.CorrectCount, $"A MULTIPLE_CHOICE question has fewer correct choices than choices, found {count} of {choices.Count}.");
                ok = false;
            }
            return ok ? ids.Select(s => s!).ToList() : null;
        }

        private List<string>? ReadReferences(JsonElement q, string path)
        {
            var refs = StringArray(q, "references", path);
            if (refs is null) return null;
            var ok = !refs.Contains(null);
            for (var i = 0; i < refs.Count; i++)
            {
                if (refs[i] is { } r && !IsHttpsUrl(r))
                {
                    Report(Index(Child(path, "references"), i), BankRules.ReferenceUrl, $"'{r}' is not an absolute https URL.");
                    ok = false;
                }
            }
            return ok ? refs.Select(s => s!).ToList() : null;
        }

        private int? ReadDifficulty(JsonElement q, string path)
        {
            var p = Property(q, "difficulty", path);
            if (p is null) return null;
            var e = p.Value;
            if (e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var d) && d is >= 1 and <= 5) return d;
            Report(Child(path, "difficulty"), BankRules.Difficulty, $"difficulty must be an integer from 1 to 5, found {e.GetRawText()}.");
            return null;
        }
    }
}
