using System.Text.Json;
using StudyGraph.Testing;

namespace StudyGraph.Web.Tests.Support;

/// <summary>Runs one browser suite of tests/oracle/web (one Node process driving Chromium through playwright-core).</summary>
public static class BrowserSuite
{
    /// <summary>web/ of the repository: playwright-core comes from its node_modules, the pages from its dist.</summary>
    public static string WebDir => Path.Combine(RepoPaths.Root, "web");

    /// <summary>Where the screenshots go: TestResults/web under the test output folder.</summary>
    public static string ScreenshotDir => Path.Combine(AppContext.BaseDirectory, "TestResults", "web");

    /// <summary>
    /// Runs <paramref name="script"/> (under tests/oracle/web) with <paramref name="input"/> plus the browser's
    /// settings and returns its JSON result; a script failure fails the test with the script's stack.
    /// </summary>
    public static JsonElement Run(string script, Dictionary<string, object?> input)
    {
        RequireBuilt();
        input["chromium"] = Chromium.Path;
        input["webDir"] = WebDir;
        input["screenshotDir"] = ScreenshotDir;
        var stdout = NodeOracle.Run(Path.Combine("web", script), JsonSerializer.Serialize(input), TimeSpan.FromMinutes(3));
        var result = JsonDocument.Parse(stdout).RootElement.Clone();
        if (result.TryGetProperty("error", out var error)) Assert.Fail($"{script} failed: {error.GetString()}");
        return result;
    }

    private static void RequireBuilt()
    {
        // Not built is a failure, not a skip: the test command builds the web assets first (scripts/build-web.sh).
        var missing = new List<string>();
        if (!File.Exists(Path.Combine(WebDir, "dist", "graphiql", "index.html"))) missing.Add("web/dist/graphiql");
        if (!File.Exists(Path.Combine(WebDir, "dist", "dashboard", "index.html"))) missing.Add("web/dist/dashboard");
        if (!Directory.Exists(Path.Combine(WebDir, "node_modules", "playwright-core"))) missing.Add("web/node_modules/playwright-core");
        if (missing.Count > 0) Assert.Fail($"Missing {string.Join(", ", missing)}: run 'bash scripts/build-web.sh' first.");
    }
}
