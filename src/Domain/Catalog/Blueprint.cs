namespace StudyGraph.Domain.Catalog;

/// <summary>An exam's topics with their weights (summing to 100).</summary>
public sealed class Blueprint
{
    /// <summary>Creates a blueprint from its topics, in the exam's order.</summary>
    public Blueprint(IReadOnlyList<Topic> topics)
    {
        Topics = topics ?? throw new ArgumentNullException(nameof(topics));
        var total = 0;
        for (var i = 0; i < topics.Count; i++) total += topics[i].Weight;
        TotalWeight = total;
    }

    /// <summary>The topics in the exam's order.</summary>
    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>The sum of the weights (100 for a valid exam).</summary>
    public int TotalWeight { get; }

    /// <summary>The topic with <paramref name="topicId"/>, or null.</summary>
    public Topic? Find(string topicId)
    {
        for (var i = 0; i < Topics.Count; i++)
        {
            if (Topics[i].Id == topicId) return Topics[i];
        }
        return null;
    }

    /// <summary>The weight of a topic as a fraction of the total (0 for an unknown topic).</summary>
    public double ShareOf(string topicId)
    {
        var t = Find(topicId);
        return t is null || TotalWeight <= 0 ? 0 : (double)t.Weight / TotalWeight;
    }
}
