using System.Text.Json;
using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Sessions;
using static StudyGraph.Domain.Tests.Sessions.SessionHarness;

namespace StudyGraph.Domain.Tests.Sessions;

public class SessionJsonTests
{
    [Fact]
    public void Document_uses_camel_case_and_upper_snake_enums_and_round_trips()
    {
        var s = Start(4, mode: SessionMode.ExamSimulation, deadline: T0.AddHours(1), passing: new PassingScore(700, 1000));
        s.AnswerCurrent(false);
        s.Flag(s.Current!.QuestionId, true, T0.AddSeconds(3));
        var json = SessionJson.Serialize(s);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("EXAM_SIMULATION", root.GetProperty("mode").GetString());
        Assert.Equal("ACTIVE", root.GetProperty("status").GetString());
        Assert.Equal(s.Version, root.GetProperty("version").GetInt64());
        Assert.Equal("FRESH", root.GetProperty("trail")[0].GetProperty("presentation").GetProperty("kind").GetString());
        Assert.False(root.GetProperty("trail")[0].TryGetProperty("timeTaken", out _));
        var words = root.GetProperty("random");
        foreach (var w in new[] { "s0", "s1", "s2", "s3" }) Assert.True(words.GetProperty(w).TryGetInt64(out _));
        var back = SessionJson.Deserialize(json);
        Assert.Equal(json, SessionJson.Serialize(back));
        Assert.Equal(s.Progress(T0.AddMinutes(1)), back.Progress(T0.AddMinutes(1)));
        Assert.Equal(700, back.PassingScore!.Score);
    }
}
