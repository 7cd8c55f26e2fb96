using System.Text.Json;
using StudyGraph.Web.Tests.Support;
using Xunit.Abstractions;

namespace StudyGraph.Web.Tests.Browser;

/// <summary>The live dashboard (/dashboard) in Debian's Chromium, updated by another client's submitAnswer.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardBrowserTests(BrowserApiFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserApiFixture>
{
    /// <summary>The issue's bound: the dashboard shows an update within two seconds of the answer.</summary>
    private const int UpdateWithinMs = 2000;

    [RequiresChromiumFact]
    public async Task Dashboard_shows_an_update_within_two_seconds_of_another_clients_answer()
    {
        var scenario = await StudyScenario.CreateAsync(fixture.Api);

        var result = BrowserSuite.Run("dashboard.js", new()
        {
            ["base"] = fixture.Api.Base,
            ["author"] = new { email = scenario.AuthorEmail, password = scenario.AuthorPassword },
            ["examId"] = scenario.ExamId,
            ["answer"] = scenario.Answer,
        });
        BrowserAssert.PrintScreenshots(result, output);
        output.WriteLine($"update latency: {result.GetProperty("updateLatencyMs")} ms (answer round trip {result.GetProperty("answeredAfterMs")} ms)");

        Assert.Equal(200, result.GetProperty("pageStatus").GetInt32());
        Assert.Equal("Dana Author", result.GetProperty("who").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("answerErrors").ValueKind);
        var before = result.GetProperty("before");
        var after = result.GetProperty("after");
        Assert.True(before.GetProperty("connected").GetBoolean(), "the subscription never connected");
        Assert.Equal(JsonValueKind.Null, after.GetProperty("error").ValueKind);
        Assert.True(after.GetProperty("updates").GetInt32() > before.GetProperty("updates").GetInt32(),
            $"no update after the answer: before {before}, after {after}");
        var latency = result.GetProperty("updateLatencyMs").GetDouble();
        Assert.InRange(latency, 0, UpdateWithinMs);
        // The answer shows in the figures and the chart: one answered minute at least.
        Assert.NotEqual("0.0", after.GetProperty("answersPerMinute").GetString());
        Assert.EndsWith("%", after.GetProperty("accuracy").GetString(), StringComparison.Ordinal);
        Assert.True(after.GetProperty("chartDots").GetInt32() >= 1, $"the chart shows no answered minute: {after}");
        Assert.True(int.Parse(after.GetProperty("activeSessions").GetString()!, System.Globalization.CultureInfo.InvariantCulture) >= 1);
        BrowserAssert.StayedOnTheMachine(result, fixture.Api);
    }

    [RequiresChromiumFact]
    public async Task Dashboard_renews_an_expired_access_token_with_its_refresh_token_and_signs_out_when_that_is_refused()
    {
        var scenario = await StudyScenario.CreateAsync(fixture.Api);

        var result = BrowserSuite.Run("dashboard-refresh.js", new()
        {
            ["base"] = fixture.Api.Base,
            ["author"] = new { email = scenario.AuthorEmail, password = scenario.AuthorPassword },
            ["examId"] = scenario.ExamId,
            ["answer"] = scenario.Answer,
        });
        BrowserAssert.PrintScreenshots(result, output);
        output.WriteLine(result.ToString());

        Assert.Equal(0, result.GetProperty("loginErrors").GetArrayLength());
        Assert.Equal("Dana Author", result.GetProperty("who").GetString());
        Assert.True(result.GetProperty("examsLoaded").GetBoolean(), "the exams did not load with the saved (expired) access token");
        Assert.True(result.GetProperty("refreshRotated").GetBoolean(), "the refreshed tokens were not saved");
        Assert.True(result.GetProperty("savedExpiryInFuture").GetBoolean());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("answerErrors").ValueKind);
        Assert.True(result.GetProperty("liveUpdate").GetBoolean(), "no live update after renewing the token");
        Assert.Equal(JsonValueKind.Null, result.GetProperty("activityError").ValueKind);
        Assert.True(result.GetProperty("staleSignedOut").GetBoolean(), "a refused refresh token did not end on the sign-in form");
        BrowserAssert.StayedOnTheMachine(result, fixture.Api);
    }
}
