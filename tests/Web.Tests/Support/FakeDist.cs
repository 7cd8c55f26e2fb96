namespace StudyGraph.Web.Tests.Support;

/// <summary>A temporary web/dist folder with hand-written stand-ins for the Vite output (deleted on dispose).</summary>
public sealed class FakeDist : IDisposable
{
    public FakeDist()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "studygraph-web-" + Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes <paramref name="relative"/> (e.g. "graphiql/index.html") with <paramref name="text"/>.</summary>
    public FakeDist With(string relative, string text)
    {
        var file = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        return this;
    }

    /// <summary>A built GraphiQL page and dashboard, each with an index.html and one hashed script.</summary>
    public FakeDist Built() => this
        .With("graphiql/index.html", "<!doctype html><title>ide</title><script type=module src=/graphql-ide/assets/index-abc123.js></script>")
        .With("graphiql/assets/index-abc123.js", "console.log('ide');")
        .With("graphiql/assets/index-abc123.css", "body{}")
        .With("dashboard/index.html", "<!doctype html><title>dashboard</title>")
        .With("dashboard/assets/index-def456.js", "console.log('dashboard');")
        .With("secret.txt", "outside the page folders");

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
    }
}
