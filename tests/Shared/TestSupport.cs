using System.Diagnostics;
using System.Text;

namespace StudyGraph.Testing;

/// <summary>Locates the repository from a test's output folder.</summary>
public static class RepoPaths
{
    /// <summary>The repository root (the folder holding StudyGraph.slnx).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The npm project holding the reference implementations (tests/oracle).</summary>
    public static string OracleDir => Path.Combine(Root, "tests", "oracle");

    private static string FindRoot()
    {
        // Builds with --artifacts-path put the binaries outside the tree: STUDYGRAPH_ROOT names it then.
        var fromEnv = Environment.GetEnvironmentVariable("STUDYGRAPH_ROOT");
        if (!string.IsNullOrEmpty(fromEnv) && File.Exists(Path.Combine(fromEnv, "StudyGraph.slnx"))) return fromEnv;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StudyGraph.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("StudyGraph.slnx not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>
/// Runs a Node.js script of tests/oracle against the npm reference packages. One process per call:
/// callers batch a whole corpus into one call (stdin in, stdout out).
/// </summary>
public static class NodeOracle
{
    /// <summary>Runs <paramref name="script"/> (a path relative to tests/oracle) with <paramref name="stdin"/> and returns its stdout.</summary>
    public static string Run(string script, string stdin, TimeSpan? timeout = null, params string[] args)
    {
        var modules = Path.Combine(RepoPaths.OracleDir, "node_modules");
        if (!Directory.Exists(modules))
            throw new InvalidOperationException($"The npm oracles are not installed ({modules} is missing). Run scripts/test.sh, or 'npm ci' in tests/oracle.");
        var psi = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoPaths.OracleDir,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(RepoPaths.OracleDir, script));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start node");
        var stdoutTask = p.StandardOutput.ReadToEndAsync();
        var stderrTask = p.StandardError.ReadToEndAsync();
        using (var w = new StreamWriter(p.StandardInput.BaseStream, new UTF8Encoding(false)))
        {
            w.Write(stdin);
        }
        if (!p.WaitForExit(timeout ?? TimeSpan.FromMinutes(5)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish in time");
        }
        var stdout = stdoutTask.GetAwaiter().GetResult();
        var stderr = stderrTask.GetAwaiter().GetResult();
        if (p.ExitCode != 0) throw new InvalidOperationException($"node {script} exited {p.ExitCode}: {stderr}");
        return stdout;
    }
}

/// <summary>A fact that runs only when an environment variable is set, and is reported as skipped with the reason otherwise.</summary>
public sealed class RequiresEnvFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute for <paramref name="variable"/>.</summary>
    public RequiresEnvFactAttribute(string variable, string reason)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable))) Skip = $"{variable} is not set: {reason}";
    }
}
