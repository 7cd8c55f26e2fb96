using System.Text.Json;

namespace StudyGraph.Domain.Catalog.Import;

public static partial class BankValidator
{
    private sealed partial class Walker
    {
        public QuestionBank? ReadBank(JsonElement root)
        {
            if (!ExpectObject(root, "$")) return null;
            var version = Property(root, "formatVersion", "$");
            if (version is { } v && !(v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) && n == FormatVersion))
            {
                Report("$.formatVersion", BankRules.FormatVersion, $"formatVersion must be {FormatVersion}, found {v.GetRawText()}.");
            }
            var provider = Property(root, "provider", "$") is { } p ? ReadProvider(p, "$.provider") : null;
            var exam = Property(root, "exam", "$") is { } e ? ReadExam(e, "$.exam", provider?.Id) : null;
            var questions = Property(root, "questions", "$") is { } q ? ReadQuestions(q, "$.questions") : null;
            return provider is null || exam is null || questions is null ? null : new QuestionBank(provider, exam, questions);
        }

        private Provider? ReadProvider(JsonElement e, string path)
        {
            if (!ExpectObject(e, path)) return null;
            var id = Slug(e, "id", path);
            var name = String(e, "name", path);
            var description = String(e, "description", path);
            var website = String(e, "website", path);
            if (website is not null && !IsHttpsUrl(website))
            {
                Report(Child(path, "website"), BankRules.ReferenceUrl, $"'{website}' is not an absolute https URL.");
                website = null;
            }
            return id is null || name is null || description is null || website is null ? null : new Provider(id, name, description, website);
        }

        private Exam? ReadExam(JsonElement e, string path, string? providerId)
        {
            if (!ExpectObject(e, path)) return null;
            var id = Slug(e, "id", path);
            _examId = id;
            var code = String(e, "code", path);
            var name = String(e, "name", path);
            var count = Positive(Int(e, "questionCount", path), Child(path, "questionCount"));
            var duration = Positive(Int(e, "durationMinutes", path), Child(path, "durationMinutes"));
            var passing = Property(e, "passingScore", path) is { } ps ? ReadPassingScore(ps, Child(path, "passingScore")) : null;
            var topics = Property(e, "topics", path) is { } t ? ReadTopics(t, Child(path, "topics")) : null;
            if (id is null || code is null || name is null || count is null || duration is null || passing is null || topics is null || providerId is null)
            {
                return null;
            }
            return new Exam(id, providerId, code, name, count.Value, duration.Value, passing, new Blueprint(topics));
        }

        private int? Positive(int? value, string path)
        {
            if (value is <= 0)
            {
                Report(path, BankRules.Positive, $"Must be positive, found {value}.");
                return null;
            }
            return value;
        }

        private PassingScore? ReadPassingScore(JsonElement e, string path)
        {
            if (!ExpectObject(e, path)) return null;
            var score = Int(e, "score", path);
            var max = Positive(Int(e, "maxScore", path), Child(path, "maxScore"));
            if (score is null || max is null) return null;
            if (score < 0 || score > max)
            {
                Report(Child(path, "score"), BankRules.PassingScore, $"The passing score {score} is not between 0 and maxScore {max}.");
                return null;
            }
            return new PassingScore(score.Value, max.Value);
        }

        private List<Topic>? ReadTopics(JsonElement e, string path)
        {
            if (!ExpectArray(e, path)) return null;
            var topics = new List<Topic>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            _topicIds = ids;
            var ok = true;
            var sum = 0;
            var i = 0;
            foreach (var t in e.EnumerateArray())
            {
                var tp = Index(path, i++);
                if (!ExpectObject(t, tp)) { ok = false; continue; }
                var id = Slug(t, "id", tp);
                if (id is not null && !ids.Add(id))
                {
                    Report(Child(tp, "id"), BankRules.DuplicateId, $"Topic id '{id}' appears more than once.");
                    id = null;
                }
                var name = String(t, "name", tp);
                var weight = Int(t, "weight", tp);
                if (weight is <= 0)
                {
                    Report(Child(tp, "weight"), BankRules.WeightPositive, $"A topic weight must be positive, found {weight}.");
                    weight = null;
                }
                var skills = StringArray(t, "skills", tp, required: false) ?? [];
                if (id is null || name is null || weight is null || skills.Contains(null)) { ok = false; continue; }
                sum += weight.Value;
                topics.Add(new Topic(id, name, weight.Value, skills.Select(s => s!).ToList()));
            }
            if (i == 0)
            {
                Report(path, BankRules.Required, "An exam needs at least one topic.");
                return null;
            }
            if (ok && sum != 100) Report(path, BankRules.WeightSum, $"Topic weights must sum to 100, found {sum}.");
            return ok && sum == 100 ? topics : null;
        }

        public static bool IsHttpsUrl(string s) =>
            Uri.TryCreate(s, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !string.IsNullOrEmpty(uri.Host);
    }
}
