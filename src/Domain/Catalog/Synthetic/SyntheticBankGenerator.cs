using System.Globalization;
using StudyGraph.Domain.Catalog.Import;
using StudyGraph.Domain.Common;

namespace StudyGraph.Domain.Catalog.Synthetic;

/// <summary>
/// Generates valid question banks of any size for scale tests and benchmarks: deterministic for a spec (its seed),
/// 100,000 questions in well under a second. The content is placeholder text, not study material.
/// </summary>
public static class SyntheticBankGenerator
{
    private static readonly string[] ChoiceIds = ["a", "b", "c", "d", "e", "f", "g", "h"];

    /// <summary>One bank per exam, providers first-to-last, exams in order.</summary>
    public static IReadOnlyList<QuestionBank> Generate(SyntheticBankSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.MinChoices is < 2 or > 8 || spec.MaxChoices < spec.MinChoices || spec.MaxChoices > 8) throw new ArgumentException("Choices must be within 2..8.", nameof(spec));
        if (spec.TopicsPerExam is < 1 or > 100) throw new ArgumentException("An exam has 1 to 100 topics.", nameof(spec));
        var random = new SeededRandom(spec.Seed);
        var banks = new List<QuestionBank>(spec.Providers * spec.ExamsPerProvider);
        for (var p = 1; p <= spec.Providers; p++)
        {
            var providerId = "synth-p" + p.ToString(CultureInfo.InvariantCulture);
            var provider = new Provider(providerId, $"Synthetic Provider {p}", "Generated for scale tests.", $"https://{providerId}.example.com/certification");
            for (var e = 1; e <= spec.ExamsPerProvider; e++)
            {
                var exam = MakeExam(spec, providerId, e, random);
                banks.Add(new QuestionBank(provider, exam, MakeQuestions(spec, exam, random)));
            }
        }
        return banks;
    }

    private static Exam MakeExam(SyntheticBankSpec spec, string providerId, int number, SeededRandom random)
    {
        var id = providerId + "-e" + number.ToString(CultureInfo.InvariantCulture);
        var n = spec.TopicsPerExam;
        var topics = new List<Topic>(n);
        var weights = Apportion100(n, random);
        for (var t = 0; t < n; t++)
        {
            var skill = spec.Skills.Count == 0 ? [] : new[] { spec.Skills[random.NextInt(spec.Skills.Count)] };
            topics.Add(new Topic($"{id}.t{t + 1}", $"Topic {t + 1} of {id}", weights[t], skill));
        }
        var count = 40 + random.NextInt(40);
        return new Exam(id, providerId, id.ToUpperInvariant(), $"Synthetic exam {id}", count, 60 + (15 * random.NextInt(8)),
            new PassingScore(700, 1000), new Blueprint(topics));
    }

    /// <summary>n positive weights summing to 100, roughly equal with some spread.</summary>
    private static int[] Apportion100(int n, SeededRandom random)
    {
        var raw = new double[n];
        var sum = 0.0;
        for (var i = 0; i < n; i++) sum += raw[i] = 1 + random.NextDouble();
        var w = new int[n];
        var total = 0;
        for (var i = 0; i < n; i++) total += w[i] = Math.Max(1, (int)Math.Floor(raw[i] / sum * 100));
        for (var i = 0; total != 100; i = (i + 1) % n)
        {
            if (total < 100) { w[i]++; total++; }
            else if (w[i] > 1) { w[i]--; total--; }
        }
        return w;
    }

    private static List<Question> MakeQuestions(SyntheticBankSpec spec, Exam exam, SeededRandom random)
    {
        var topics = exam.Topics;
        var cumulative = new int[topics.Count];
        var acc = 0;
        for (var t = 0; t < topics.Count; t++) cumulative[t] = acc += topics[t].Weight;
        var questions = new List<Question>(spec.QuestionsPerExam);
        for (var i = 0; i < spec.QuestionsPerExam; i++)
        {
            // Every topic gets questions: the first round goes one per topic, the rest by weight.
            var topic = i < topics.Count ? topics[i] : topics[PickByWeight(cumulative, random.NextInt(100))];
            var nChoices = spec.MinChoices + random.NextInt(spec.MaxChoices - spec.MinChoices + 1);
            var multiple = nChoices >= 3 && random.NextDouble() < spec.MultipleChoiceShare;
            var choices = new Choice[nChoices];
            for (var c = 0; c < nChoices; c++) choices[c] = new Choice(ChoiceIds[c], $"Option {ChoiceIds[c]} of question {i + 1}");
            string[] correct;
            if (multiple)
            {
                var k = 2 + random.NextInt(nChoices - 2);
                var ids = ChoiceIds[..nChoices];
                random.Shuffle<string>(ids);
                correct = ids[..k];
                Array.Sort(correct, StringComparer.Ordinal);
            }
            else
            {
                correct = [ChoiceIds[random.NextInt(nChoices)]];
            }
            var id = exam.Id + ".q" + (i + 1).ToString("D6", CultureInfo.InvariantCulture);
            questions.Add(new Question(id, exam.Id, topic.Id, multiple ? QuestionType.MultipleChoice : QuestionType.SingleChoice,
                $"Synthetic question {i + 1} about {topic.Name}?", choices, correct,
                $"The correct choice{(multiple ? "s are" : " is")} {string.Join(", ", correct)}.",
                [$"https://{exam.ProviderId}.example.com/docs/{topic.Id}"], 1 + random.NextInt(5), ["synthetic"]));
        }
        return questions;
    }

    private static int PickByWeight(int[] cumulative, int r)
    {
        for (var t = 0; t < cumulative.Length; t++)
        {
            if (r < cumulative[t]) return t;
        }
        return cumulative.Length - 1;
    }
}
