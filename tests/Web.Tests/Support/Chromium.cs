namespace StudyGraph.Web.Tests.Support;

/// <summary>Finds Debian's Chromium (never a downloaded browser): STUDYGRAPH_CHROMIUM, else chromium or chromium-browser on PATH.</summary>
public static class Chromium
{
    /// <summary>The executable, or null when none is installed.</summary>
    public static string? Path { get; } = Find();

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("STUDYGRAPH_CHROMIUM");
        if (!string.IsNullOrEmpty(configured)) return File.Exists(configured) ? configured : null;
        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in new[] { "chromium", "chromium-browser" })
        {
            foreach (var dir in dirs)
            {
                var candidate = System.IO.Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}

/// <summary>A browser test: reported as skipped, with the reason, when Chromium is not installed.</summary>
public sealed class RequiresChromiumFactAttribute : FactAttribute
{
    public RequiresChromiumFactAttribute()
    {
        if (Chromium.Path is null)
            Skip = "Chromium is not installed (apt-get install -y chromium, or set STUDYGRAPH_CHROMIUM): the browser tests need Debian's chromium.";
    }
}
