using StudyGraph.GraphQL.Tests.Validation.Support;

namespace StudyGraph.GraphQL.Tests.Validation.Differential;

public sealed class ValidationDifferentialTests
{
    [Fact]
    public void Corpus_and_random_documents_validate_exactly_as_graphql_js()
    {
        var handWritten = ValidationCorpus.HandWritten();
        var generated = ValidationCorpus.Generated(perSchema: 200, seed: 20261122);
        var cases = handWritten.Concat(generated).ToList();
        var problems = ValidationOracle.Disagreements(cases, out var invalid);

        Assert.True(problems.Count == 0, $"{problems.Count} of {cases.Count} disagree:\n" + string.Join("\n", problems.Take(30)));
        Assert.True(cases.Count >= 500, $"only {cases.Count} cases");
        // The corpus must exercise both verdicts substantially.
        Assert.True(invalid > cases.Count / 3 && invalid < cases.Count * 4 / 5, $"{invalid} of {cases.Count} invalid");
    }
}
