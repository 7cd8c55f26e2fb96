namespace StudyGraph.Domain.Learning;

/// <summary>An Elo-style rating in logits (ability of a learner in a topic, or difficulty of a question) and how many updates formed it.</summary>
/// <param name="Value">The rating; 0 is average.</param>
/// <param name="Count">Updates so far (n in K(n)).</param>
public readonly record struct Rating(double Value, int Count)
{
    /// <summary>An unrated learner or question: 0 after 0 updates.</summary>
    public static Rating Initial => default;
}
