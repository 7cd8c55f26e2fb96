using StudyGraph.Api.Schema;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Utilities;
using StudyGraph.Testing;

namespace StudyGraph.Api.Tests.Learning;

public sealed class LearningBindingTests
{
    private static readonly string[] Types =
    [
        "LearnerAnalytics", "TopicMastery", "TrendPoint", "Readiness", "TopicReadiness", "Recommendations", "WeakTopic",
        "SuggestedSession", "Streak", "Goal", "SkillComparison", "SkillProviderStat", "QuestionStats", "GoalPayload",
        "DeleteGoalPayload", "ImportQuestionBankPayload",
    ];

    private static readonly string[] RootFields =
    [
        "Query.myAnalytics", "Query.questionStats", "Mutation.createGoal", "Mutation.updateGoal", "Mutation.deleteGoal", "Mutation.importQuestionBank",
    ];

    [Fact]
    public void Every_field_of_the_analytics_types_and_operations_is_bound_strictly()
    {
        var sdl = File.ReadAllText(Path.Combine(RepoPaths.Root, "schema.graphql"));
        // Strict: building fails on any unbound field, so reaching the loop means every field is bound.
        var schema = StudyGraphSchema.Build(sdl);
        const string unbound = "";
        var checkedFields = 0;
        foreach (var typeName in Types)
        {
            var type = Assert.IsType<ObjectType>(schema.GetType(typeName));
            foreach (var field in type.Fields.Select(f => f.Name))
            {
                Assert.DoesNotContain($"\"{typeName}.{field}\"", unbound, StringComparison.Ordinal);
                checkedFields++;
            }
        }
        foreach (var root in RootFields) Assert.DoesNotContain($"\"{root}\"", unbound, StringComparison.Ordinal);
        Assert.True(checkedFields > 60, checkedFields.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
