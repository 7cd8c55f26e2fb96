using System.Text.Json;
using Xunit.Abstractions;

namespace StudyGraph.Web.Tests.Support;

/// <summary>Checks shared by the browser suites.</summary>
public static class BrowserAssert
{
    /// <summary>Every page request went to the API on 127.0.0.1 (none was blocked), and the page logged no errors.</summary>
    public static void StayedOnTheMachine(JsonElement result, BrowserApi api)
    {
        var fence = result.GetProperty("fence");
        Assert.Empty(fence.GetProperty("blocked").EnumerateArray().Select(e => e.GetString()));
        var allowed = fence.GetProperty("allowed").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.NotEmpty(allowed);
        Assert.All(allowed, url => Assert.StartsWith(api.Base + "/", url, StringComparison.Ordinal));
        Assert.Empty(fence.GetProperty("pageErrors").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(fence.GetProperty("consoleErrors").EnumerateArray().Select(e => e.GetString()));
    }

    /// <summary>Prints the screenshots' paths (they stay under the test output folder as artifacts) and checks they exist.</summary>
    public static void PrintScreenshots(JsonElement result, ITestOutputHelper output)
    {
        foreach (var shot in result.GetProperty("screenshots").EnumerateArray())
        {
            var path = shot.GetString()!;
            output.WriteLine("screenshot: " + path);
            Assert.True(new FileInfo(path).Length > 0, "empty screenshot " + path);
        }
    }
}
