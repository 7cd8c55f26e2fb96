using StudyGraph.Domain.Learning;
using static StudyGraph.Domain.Tests.Learning.LearningFixtures;

namespace StudyGraph.Domain.Tests.Learning;

public class CrossProviderTests
{
    [Fact]
    public void The_same_skill_is_compared_across_providers()
    {
        var aws = Exam("aws-x", "aws", topics: [("a-net", 60, ["networking"]), ("a-sec", 40, ["security"])]);
        var gcp = Exam("gcp-x", "gcp", topics: [("g-net", 70, ["networking", "compute"]), ("g-iam", 30, ["security"])]);
        var azure = Exam("az-x", "azure", topics: [("z-net", 100, ["networking"])]); // not studied: left out
        var awsStats = new LearnerExamStats("u", "aws-x");
        awsStats.SetTopic(TopicStats.Empty("a-net") with { Ability = new Rating(1, 8), FirstTryAnswered = 8, FirstTryCorrect = 6 });
        var gcpStats = new LearnerExamStats("u", "gcp-x");
        gcpStats.SetTopic(TopicStats.Empty("g-net") with { Ability = new Rating(-1, 4), FirstTryAnswered = 4, FirstTryCorrect = 1 });

        var view = CrossProviderCalculator.Compute([aws, gcp, azure], [awsStats, gcpStats]);
        Assert.Equal(["compute", "networking", "security"], view.Select(v => v.Skill));
        var net = view.Single(v => v.Skill == "networking");
        Assert.Equal(["aws", "gcp"], net.Providers.Select(p => p.ProviderId));
        Assert.Equal(0.75, net.Providers[0].Accuracy);
        Assert.Equal(0.25, net.Providers[1].Accuracy);
        Assert.Equal(Elo.Sigmoid(1), net.Providers[0].Mastery, 12);
        Assert.True(net.Providers[0].Mastery > net.Providers[1].Mastery);
        var sec = view.Single(v => v.Skill == "security");
        Assert.All(sec.Providers, p => Assert.Null(p.Accuracy));
        Assert.All(sec.Providers, p => Assert.Equal(0.5, p.Mastery, 12));
    }
}
