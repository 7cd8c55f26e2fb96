namespace StudyGraph.Domain.Catalog.Synthetic;

/// <summary>The shape of a synthetic catalog; the same spec always generates the same banks.</summary>
public sealed record SyntheticBankSpec
{
    /// <summary>The generator's seed.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Providers to generate (ids <c>synth-p1</c>, ...).</summary>
    public int Providers { get; init; } = 1;

    /// <summary>Exams per provider (ids <c>synth-p1-e1</c>, ...).</summary>
    public int ExamsPerProvider { get; init; } = 1;

    /// <summary>Topics per exam (weights summing to 100).</summary>
    public int TopicsPerExam { get; init; } = 5;

    /// <summary>Questions per exam.</summary>
    public int QuestionsPerExam { get; init; } = 100;

    /// <summary>Fewest choices per question (2..8).</summary>
    public int MinChoices { get; init; } = 3;

    /// <summary>Most choices per question (2..8).</summary>
    public int MaxChoices { get; init; } = 5;

    /// <summary>Share of multiple-choice questions (needs at least 3 choices).</summary>
    public double MultipleChoiceShare { get; init; } = 0.2;

    /// <summary>Skill tags drawn for topics.</summary>
    public IReadOnlyList<string> Skills { get; init; } = ["networking", "security", "storage", "compute", "databases", "identity", "monitoring", "cost"];
}
