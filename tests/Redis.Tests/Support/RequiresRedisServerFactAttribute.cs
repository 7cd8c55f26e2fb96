using System.Diagnostics;

namespace StudyGraph.Redis.Tests.Support;

/// <summary>A fact that needs redis-server on PATH; reported as skipped with the reason otherwise.</summary>
public sealed class RequiresRedisServerFactAttribute : FactAttribute
{
    public RequiresRedisServerFactAttribute(bool tls = false)
    {
        if (RedisAvailability.ServerPath is null) Skip = "redis-server is not on PATH: install it (apt-get install -y redis-server; scripts/test.sh does)";
        else if (tls && RedisAvailability.TlsProblem is { } problem) Skip = problem;
    }
}

internal static class RedisAvailability
{
    internal static readonly string? ServerPath = Find("redis-server");
    private static readonly Lazy<string?> Tls = new(ProbeTls);

    internal static string? TlsProblem => Tls.Value;

    internal static string? Find(string program)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, program);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static string? ProbeTls()
    {
        if (Find("openssl") is null) return "openssl is not on PATH: the TLS test needs it to make a self-signed certificate";
        if (Find("ldd") is null) return "ldd is not on PATH: cannot tell whether redis-server was built with TLS";
        var psi = new ProcessStartInfo("ldd") { RedirectStandardOutput = true, UseShellExecute = false };
        psi.ArgumentList.Add(ServerPath!);
        using var p = Process.Start(psi)!;
        var text = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return text.Contains("libssl", StringComparison.Ordinal) ? null : "this redis-server was built without TLS support (--tls-port)";
    }
}
