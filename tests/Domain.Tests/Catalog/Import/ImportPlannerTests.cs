using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Catalog.Import;

namespace StudyGraph.Domain.Tests.Catalog.Import;

public class ImportPlannerTests
{
    private static QuestionBank Bank() => BankValidator.Validate(BankJson.Valid().ToJsonString()).Bank!;

    private static ExistingCatalog StoreOf(QuestionBank b, params Question[] extra) =>
        new(b.Provider, b.Exam, b.Questions.Concat(extra).ToDictionary(q => q.Id));

    [Fact]
    public void Empty_store_makes_everything_new()
    {
        var plan = ImportPlanner.Plan(Bank(), ExistingCatalog.Empty);
        Assert.Equal(ChangeKind.New, plan.Provider.Kind);
        Assert.Equal(ChangeKind.New, plan.Exam.Kind);
        Assert.All(plan.Topics, t => Assert.Equal(ChangeKind.New, t.Kind));
        Assert.Equal(3, plan.QuestionsToWrite.Count);
        Assert.Equal(1 + 1 + 2 + 3, plan.Count(ChangeKind.New));
        Assert.True(plan.HasWrites);
    }

    [Fact]
    public void Same_content_is_unchanged_and_writes_nothing()
    {
        var plan = ImportPlanner.Plan(Bank(), StoreOf(Bank()));
        Assert.False(plan.HasWrites);
        Assert.Equal(0, plan.Count(ChangeKind.New) + plan.Count(ChangeKind.Changed));
    }

    [Fact]
    public void Edited_question_and_topic_are_changed_and_new_question_is_new()
    {
        var stored = Bank();
        var json = BankJson.Valid();
        BankJson.Q(json, 0)["explanation"] = "A better explanation.";
        json["exam"]!["topics"]![0]!["skills"] = new System.Text.Json.Nodes.JsonArray("networking", "dns");
        var added = BankJson.Q(json, 2).DeepClone().AsObject();
        added["id"] = "acme-x1.q4";
        json["questions"]!.AsArray().Add(added);
        var plan = ImportPlanner.Plan(BankValidator.Validate(json.ToJsonString()).Bank!, StoreOf(stored));
        Assert.Equal(ChangeKind.Unchanged, plan.Provider.Kind);
        Assert.Equal(ChangeKind.Changed, plan.Exam.Kind);
        Assert.Equal([ChangeKind.Changed, ChangeKind.Unchanged], plan.Topics.Select(t => t.Kind).ToArray());
        Assert.Equal([ChangeKind.Changed, ChangeKind.Unchanged, ChangeKind.Unchanged, ChangeKind.New], plan.Questions.Select(q => q.Kind).ToArray());
        Assert.Equal(["acme-x1.q1", "acme-x1.q4"], plan.QuestionsToWrite.Select(q => q.Id).ToArray());
    }

    [Fact]
    public void Stored_question_missing_from_file_is_reported_not_deleted()
    {
        var b = Bank();
        var old = b.Questions[0] with { Id = "acme-x1.q0" };
        var plan = ImportPlanner.Plan(b, StoreOf(b, old));
        Assert.Equal(["acme-x1.q0"], plan.QuestionIdsOnlyInStore);
        Assert.False(plan.HasWrites);
    }

    [Fact]
    public void Question_id_of_another_exam_is_a_conflict()
    {
        var b = Bank();
        var foreign = b.Questions[1] with { ExamId = "other-exam" };
        var plan = ImportPlanner.Plan(b, new ExistingCatalog(null, null, new Dictionary<string, Question> { [foreign.Id] = foreign }));
        var c = Assert.Single(plan.Conflicts);
        Assert.Equal("$.questions[1].id", c.Path);
    }
}
