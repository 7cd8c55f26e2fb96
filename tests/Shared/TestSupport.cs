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
        var psi = StartInfo(script);
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

    /// <summary>How to start <paramref name="script"/> (relative to tests/oracle) with node: in tests/oracle, every stream redirected, UTF-8.</summary>
    public static ProcessStartInfo StartInfo(string script)
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
            StandardInputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(RepoPaths.OracleDir, script));
        return psi;
    }
}

/// <summary>
/// A Node.js script of tests/oracle kept running while a test acts: the first stdin line is its input, each stdout line
/// is one JSON message, and closing stdin asks it to finish. For oracles that must watch something while the test changes it
/// (a websocket client while a server restarts). Disposing kills the process if it is still running.
/// </summary>
public sealed class NodeStream : IDisposable
{
    private readonly Process _process;
    private readonly System.Threading.Channels.Channel<string> _lines = System.Threading.Channels.Channel.CreateUnbounded<string>();
    private readonly Task<string> _stderr;
    private readonly string _script;

    private NodeStream(Process process, string script)
    {
        _process = process;
        _script = script;
        _stderr = process.StandardError.ReadToEndAsync();
        _ = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync().ConfigureAwait(false) is { } line) _lines.Writer.TryWrite(line);
            _lines.Writer.TryComplete();
        });
    }

    /// <summary>Starts <paramref name="script"/> (relative to tests/oracle) and writes <paramref name="input"/> as its first stdin line.</summary>
    public static NodeStream Start(string script, string input)
    {
        var process = Process.Start(NodeOracle.StartInfo(script)) ?? throw new InvalidOperationException("could not start node");
        process.StandardInput.WriteLine(input.ReplaceLineEndings(" "));
        process.StandardInput.Flush();
        return new NodeStream(process, script);
    }

    /// <summary>The next stdout line, or null when the script has ended; throws <see cref="TimeoutException"/> after <paramref name="timeout"/>.</summary>
    public async Task<string?> ReadLineAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            return await _lines.Reader.WaitToReadAsync(cts.Token).ConfigureAwait(false) && _lines.Reader.TryRead(out var line) ? line : null;
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"node {_script} wrote nothing for {timeout.TotalSeconds:0.#} s");
        }
    }

    /// <summary>Every stdout line already written, without waiting.</summary>
    public List<string> Drain()
    {
        var lines = new List<string>();
        while (_lines.Reader.TryRead(out var line)) lines.Add(line);
        return lines;
    }

    /// <summary>Closes stdin (the script's signal to finish), waits for it to exit and returns the lines it wrote since the last read.</summary>
    public async Task<List<string>> FinishAsync(TimeSpan timeout)
    {
        _process.StandardInput.Close();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {_script} did not finish in {timeout.TotalSeconds:0.#} s");
        }
        var stderr = await _stderr.ConfigureAwait(false);
        if (_process.ExitCode != 0) throw new InvalidOperationException($"node {_script} exited {_process.ExitCode}: {stderr}");
        var lines = new List<string>();
        await foreach (var line in _lines.Reader.ReadAllAsync().ConfigureAwait(false)) lines.Add(line);
        return lines;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
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
