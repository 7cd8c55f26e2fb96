using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Common;

namespace StudyGraph.Domain.Sessions.Draw;

/// <summary>
/// Draws a session's planned set: N distinct questions balanced across exams (equal shares), then across each exam's
/// topics by blueprint weight raised for weak topics, preferring questions the learner has not seen.
/// Deterministic for a given generator state and inputs.
/// </summary>
public static class PlannedSetDraw
{
    /// <summary>Draws the planned set (fewer than <see cref="DrawRequest.Size"/> only when the candidates run out).</summary>
    public static IReadOnlyList<QuestionSummary> Draw(DrawRequest request, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(random);
        var exams = request.Exams;
        var byExam = new List<TopicGroup>[exams.Count];
        var available = new int[exams.Count];
        for (var e = 0; e < exams.Count; e++)
        {
            byExam[e] = GroupByTopic(exams[e], request);
            foreach (var g in byExam[e]) available[e] += g.Questions.Count;
        }

        var equal = new double[exams.Count];
        Array.Fill(equal, 1.0);
        var examQuota = Apportionment.Split(Math.Max(0, request.Size), equal, available, random);

        var result = new List<QuestionSummary>(Math.Min(request.Size, available.Sum()));
        for (var e = 0; e < exams.Count; e++)
        {
            var groups = byExam[e];
            var weights = new double[groups.Count];
            var caps = new int[groups.Count];
            for (var t = 0; t < groups.Count; t++)
            {
                var mastery = request.TopicMastery is not null && request.TopicMastery.TryGetValue(groups[t].Topic.Id, out var m)
                    ? Math.Clamp(m, 0, 1) : DrawRequest.UnknownMastery;
                weights[t] = groups[t].Topic.Weight * (1 + (request.WeakTopicBoost * (1 - mastery)));
                caps[t] = groups[t].Questions.Count;
            }
            var topicQuota = Apportionment.Split(examQuota[e], weights, caps, random);
            for (var t = 0; t < groups.Count; t++)
            {
                TakeFromTopic(groups[t].Questions, topicQuota[t], request.SeenQuestionIds, random, result);
            }
        }
        return result;
    }

    private static List<TopicGroup> GroupByTopic(Exam exam, DrawRequest request)
    {
        var groups = new List<TopicGroup>(exam.Topics.Count);
        var byId = new Dictionary<string, TopicGroup>(StringComparer.Ordinal);
        foreach (var topic in exam.Topics)
        {
            if (request.TopicFilter is not null && !request.TopicFilter.Contains(topic.Id)) continue;
            var g = new TopicGroup(topic, []);
            groups.Add(g);
            byId[topic.Id] = g;
        }
        if (request.Candidates.TryGetValue(exam.Id, out var candidates))
        {
            foreach (var q in candidates)
            {
                if (byId.TryGetValue(q.TopicId, out var g)) g.Questions.Add(q);
            }
        }
        return groups;
    }

    private static void TakeFromTopic(List<QuestionSummary> questions, int quota, IReadOnlySet<string>? seen, SeededRandom random, List<QuestionSummary> into)
    {
        if (quota <= 0) return;
        if (seen is null || seen.Count == 0)
        {
            Sample(questions, quota, random, into);
            return;
        }
        var unseen = new List<QuestionSummary>(questions.Count);
        var seenOnes = new List<QuestionSummary>();
        foreach (var q in questions)
        {
            if (seen.Contains(q.Id)) seenOnes.Add(q);
            else unseen.Add(q);
        }
        var fromUnseen = Math.Min(quota, unseen.Count);
        Sample(unseen, fromUnseen, random, into);
        Sample(seenOnes, quota - fromUnseen, random, into);
    }

    /// <summary>Appends <paramref name="k"/> distinct random items of <paramref name="items"/> (Floyd's algorithm, in draw order).</summary>
    private static void Sample(List<QuestionSummary> items, int k, SeededRandom random, List<QuestionSummary> into)
    {
        var n = items.Count;
        k = Math.Min(k, n);
        if (k <= 0) return;
        var chosen = new HashSet<int>();
        var order = new List<int>(k);
        for (var j = n - k; j < n; j++)
        {
            var t = random.NextInt(j + 1);
            if (chosen.Add(t)) order.Add(t);
            else
            {
                chosen.Add(j);
                order.Add(j);
            }
        }
        foreach (var i in order) into.Add(items[i]);
    }

    private sealed record TopicGroup(Topic Topic, List<QuestionSummary> Questions);
}
