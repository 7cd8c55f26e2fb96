using System.Text.Json;
using StudyGraph.Web.Tests.Support;
using Xunit.Abstractions;

namespace StudyGraph.Web.Tests.Browser;

/// <summary>GraphiQL, served by the API at GET /graphql from web/dist, in Debian's Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class GraphiqlBrowserTests(BrowserApiFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserApiFixture>
{
    [RequiresChromiumFact]
    public void Ide_loads_without_leaving_the_machine_and_shows_a_query_result()
    {
        var result = BrowserSuite.Run("ide.js", new()
        {
            ["base"] = fixture.Api.Base,
            ["query"] = "query Catalog {\n  providers {\n    slug\n    name\n  }\n  exam(id: \"aws-saa-c03\") {\n    code\n  }\n}\n",
            ["expect"] = "\"code\": \"SAA-C03\"",
        });
        BrowserAssert.PrintScreenshots(result, output);

        Assert.Equal(200, result.GetProperty("pageStatus").GetInt32());
        Assert.StartsWith("text/html", result.GetProperty("pageContentType").GetString(), StringComparison.Ordinal);
        Assert.Equal("StudyGraph GraphiQL", result.GetProperty("title").GetString());
        var shown = result.GetProperty("result").GetString()!;
        Assert.Contains("\"slug\": \"aws\"", shown, StringComparison.Ordinal);
        Assert.Contains("\"code\": \"SAA-C03\"", shown, StringComparison.Ordinal);
        Assert.Contains("\"Authorization\": \"Bearer \"", result.GetProperty("defaultHeaders").GetString(), StringComparison.Ordinal);
        BrowserAssert.StayedOnTheMachine(result, fixture.Api);
    }

    [RequiresChromiumFact]
    public async Task Ide_subscription_with_the_token_from_the_headers_editor_shows_live_events()
    {
        var scenario = await StudyScenario.CreateAsync(fixture.Api);

        var result = BrowserSuite.Run("ide.js", new()
        {
            ["base"] = fixture.Api.Base,
            ["query"] = "{ __typename }",
            ["expect"] = "\"__typename\": \"Query\"",
            ["subscription"] = new { token = scenario.AuthorToken, examId = scenario.ExamId, answer = scenario.Answer },
        });
        BrowserAssert.PrintScreenshots(result, output);

        Assert.Equal(JsonValueKind.Null, result.GetProperty("answerErrors").ValueKind);
        var events = result.GetProperty("subscriptionResult").GetString()!;
        Assert.Contains("\"examActivity\"", events, StringComparison.Ordinal);
        Assert.Contains("\"answersPerMinute\"", events, StringComparison.Ordinal);
        Assert.Contains(result.GetProperty("fence").GetProperty("websockets").EnumerateArray(),
            ws => ws.GetString() == $"ws://{fixture.Api.Address.Authority}/graphql");
        BrowserAssert.StayedOnTheMachine(result, fixture.Api);
    }
}
