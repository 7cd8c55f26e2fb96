using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Catalog.Import;
using StudyGraph.Domain.Catalog.Synthetic;

namespace StudyGraph.Domain.Tests.Catalog.Synthetic;

public class SyntheticBankGeneratorTests
{
    [Fact]
    public void Same_spec_generates_the_same_banks()
    {
        var spec = new SyntheticBankSpec { Seed = 9, Providers = 2, ExamsPerProvider = 2, QuestionsPerExam = 50 };
        var a = SyntheticBankGenerator.Generate(spec).Select(BankJsonWriter.Write).ToList();
        var b = SyntheticBankGenerator.Generate(spec).Select(BankJsonWriter.Write).ToList();
        Assert.Equal(a, b);
        var c = SyntheticBankGenerator.Generate(spec with { Seed = 10 }).Select(BankJsonWriter.Write).ToList();
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Generated_banks_are_valid_files_that_read_back_unchanged()
    {
        var banks = SyntheticBankGenerator.Generate(new SyntheticBankSpec { Seed = 3, Providers = 3, TopicsPerExam = 7, QuestionsPerExam = 300, MinChoices = 2, MaxChoices = 8, MultipleChoiceShare = 0.4 });
        Assert.Equal(3, banks.Count);
        foreach (var bank in banks)
        {
            var r = BankValidator.Validate(BankJsonWriter.Write(bank));
            Assert.True(r.IsValid, string.Join("\n", r.Problems));
            Assert.True(CatalogEquality.Same(bank.Exam, r.Bank!.Exam));
            Assert.Equal(bank.Questions.Count, r.Bank.Questions.Count);
            Assert.All(bank.Questions.Zip(r.Bank.Questions), p => Assert.True(CatalogEquality.Same(p.First, p.Second)));
            Assert.Equal(100, bank.Exam.Blueprint.TotalWeight);
            Assert.All(bank.Exam.Topics, t => Assert.Contains(bank.Questions, q => q.TopicId == t.Id));
            Assert.Contains(bank.Questions, q => q.Type == QuestionType.MultipleChoice);
        }
    }

    [Fact]
    public void Generates_a_hundred_thousand_questions_with_unique_ids()
    {
        var bank = SyntheticBankGenerator.Generate(new SyntheticBankSpec { Seed = 1, QuestionsPerExam = 100_000 })[0];
        Assert.Equal(100_000, bank.Questions.Count);
        Assert.Equal(100_000, bank.Questions.Select(q => q.Id).Distinct().Count());
    }
}
