using StudyGraph.Domain.Common;

namespace StudyGraph.Domain.Catalog.Import;

/// <summary>One problem of a question-bank file.</summary>
/// <param name="Path">The JSON path, e.g. <c>$.questions[12].correctChoiceIds[0]</c>.</param>
/// <param name="Rule">Which rule it breaks (one of <see cref="BankRules"/>).</param>
/// <param name="Message">A sentence saying what is wrong.</param>
public sealed record BankProblem(string Path, string Rule, string Message)
{
    /// <summary>The problem as a <see cref="ErrorCodes.Validation"/> error.</summary>
    public DomainError ToError() => DomainError.Validation(Message, Path);

    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message} [{Rule}]";
}
