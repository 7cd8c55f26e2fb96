using StudyGraph.Domain.Catalog;

namespace StudyGraph.Domain.Learning;

/// <summary>Compares a learner's accuracy and mastery per skill tag across providers.</summary>
public static class CrossProviderCalculator
{
    /// <summary>
    /// Skill comparisons over the <paramref name="exams"/> the learner has <paramref name="stats"/> for, sorted by skill;
    /// only topics the learner answered in count towards accuracy, every tagged topic of a studied exam towards mastery.
    /// </summary>
    public static IReadOnlyList<SkillComparison> Compute(IReadOnlyList<Exam> exams, IReadOnlyList<LearnerExamStats> stats)
    {
        var statsByExam = new Dictionary<string, LearnerExamStats>(StringComparer.Ordinal);
        foreach (var s in stats) statsByExam[s.ExamId] = s;
        var cells = new SortedDictionary<string, SortedDictionary<string, Cell>>(StringComparer.Ordinal);
        foreach (var exam in exams)
        {
            if (!statsByExam.TryGetValue(exam.Id, out var s)) continue;
            foreach (var topic in exam.Topics)
            {
                var ts = s.Topic(topic.Id);
                foreach (var skill in topic.Skills)
                {
                    if (!cells.TryGetValue(skill, out var byProvider)) cells[skill] = byProvider = new(StringComparer.Ordinal);
                    if (!byProvider.TryGetValue(exam.ProviderId, out var cell)) byProvider[exam.ProviderId] = cell = new Cell();
                    cell.Add(topic.Id, ts);
                }
            }
        }
        var result = new List<SkillComparison>(cells.Count);
        foreach (var (skill, byProvider) in cells)
        {
            var providers = new List<ProviderSkillStat>(byProvider.Count);
            foreach (var (provider, cell) in byProvider) providers.Add(cell.ToStat(provider));
            result.Add(new SkillComparison(skill, providers));
        }
        return result;
    }

    private sealed class Cell
    {
        private readonly List<string> _topics = [];
        private int _answered, _correct;
        private double _weightedMastery, _plainMastery;

        public void Add(string topicId, TopicStats ts)
        {
            _topics.Add(topicId);
            _answered += ts.FirstTryAnswered;
            _correct += ts.FirstTryCorrect;
            var m = Elo.Sigmoid(ts.Ability.Value);
            _weightedMastery += m * ts.FirstTryAnswered;
            _plainMastery += m;
        }

        public ProviderSkillStat ToStat(string provider) => new(provider, _topics, _answered, _correct,
            _answered == 0 ? null : (double)_correct / _answered,
            _answered == 0 ? _plainMastery / _topics.Count : _weightedMastery / _answered);
    }
}
