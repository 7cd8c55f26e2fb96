using System.Text.Json;
using StudyGraph.Api.Context;
using StudyGraph.Api.Errors;
using StudyGraph.Api.Schema;
using StudyGraph.Domain.Accounts;
using StudyGraph.Domain.Catalog.Import;
using StudyGraph.Domain.Ports;
using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.Api.Learning;

/// <summary>
/// <c>importQuestionBank</c> (authors and admins): the <c>bank</c> JSON value is written back to JSON text and imported as
/// one bank file; a bank with any problem is refused whole, nothing written.
/// </summary>
public sealed class ImportModule : IResolverModule
{
    /// <summary>The <c>code</c> of the <c>ImportError</c> of a refused bank.</summary>
    public const string RefusedCode = "IMPORT_REFUSED";

    /// <summary>The file name the imported bank is reported under.</summary>
    public const string BankName = "importQuestionBank.json";

    /// <inheritdoc />
    public void Register(SchemaBuilder schema)
    {
        schema.Root("Mutation", "importQuestionBank", ImportAsync);

        schema.For<ImportPayload>("ImportQuestionBankPayload")
            .Field("created", p => p.Created)
            .Field("changed", p => p.Changed)
            .Field("unchanged", p => p.Unchanged)
            .Field("exam", p => p.Exam)
            .Field("errors", p => p.Errors);
    }

    /// <summary>The JSON text of a coerced <c>JSON</c> scalar value (a dictionary/list tree, a <see cref="JsonElement"/>, or a plain value).</summary>
    public static string ToJson(object? value) => value switch
    {
        JsonElement element => element.GetRawText(),
        null => "null",
        _ => JsonSerializer.Serialize(value, value.GetType()),
    };

    private static async ValueTask<ImportPayload> ImportAsync(ResolveFieldContext c)
    {
        c.RequireRole(Role.Author, Role.Admin);
        var input = LearningInput.Of(c);
        var json = ToJson(input.TryGetValue("bank", out var bank) ? bank : null);
        var report = await c.GetRequiredService<BankImporter>().ImportAsync([new BankFile(BankName, json)], dryRun: false, c.CancellationToken).ConfigureAwait(false);
        var file = report.Files[0];
        if (!file.Accepted || file.Plan is not { } plan)
        {
            var problems = new ImportProblem[file.Problems.Count];
            for (var i = 0; i < problems.Length; i++) problems[i] = new ImportProblem(file.Problems[i].Path, file.Problems[i].Message);
            var message = $"The bank was refused with {problems.Length} problem{(problems.Length == 1 ? "" : "s")}; nothing was written.";
            return new ImportPayload(0, 0, 0, null, [new UserError("ImportError", message, RefusedCode) { Problems = problems }]);
        }
        var exam = await c.GetRequiredService<IExamRepository>().GetAsync(plan.Exam.Id, c.CancellationToken).ConfigureAwait(false) ?? plan.Exam.Item;
        return new ImportPayload(plan.Count(ChangeKind.New), plan.Count(ChangeKind.Changed), plan.Count(ChangeKind.Unchanged), exam, []);
    }
}
