using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace StudyGraph.Redis.Tests.Support;

/// <summary>A redis-server of our own on a free loopback port, in a temporary directory; killed on dispose.</summary>
public sealed class RedisServerProcess : IAsyncDisposable
{
    private readonly string[] _extraArgs;
    private readonly bool _tls;
    private Process? _process;

    private RedisServerProcess(int port, string dir, bool tls, string[] extraArgs)
    {
        Port = port;
        Dir = dir;
        _tls = tls;
        _extraArgs = extraArgs;
    }

    public int Port { get; }

    public string Dir { get; }

    public string LogFile => Path.Combine(Dir, "redis.log");

    /// <summary>Starts a server; <paramref name="extraArgs"/> are appended to the command line.</summary>
    public static Task<RedisServerProcess> StartAsync(params string[] extraArgs) => StartAsync(FreePort(), tls: false, extraArgs);

    public static async Task<RedisServerProcess> StartAsync(int port, bool tls, params string[] extraArgs)
    {
        var dir = Path.Combine(Path.GetTempPath(), "sg-redis-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        var server = new RedisServerProcess(port, dir, tls, extraArgs);
        try
        {
            await server.StartProcessAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Options pointing at this server (plain TCP unless started with TLS).</summary>
    public RedisOptions Options(Action<RedisOptions>? configure = null)
    {
        var options = new RedisOptions { Host = "127.0.0.1", Port = Port, ConnectTimeout = TimeSpan.FromSeconds(5), Ssl = _tls };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>Kills the server (like a crash) and waits for it to be gone.</summary>
    public async Task StopAsync()
    {
        if (_process is null) return;
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>Kills the server and starts it again on the same port.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        await StartProcessAsync();
    }

    private async Task StartProcessAsync()
    {
        File.WriteAllText(LogFile, "");
        var psi = new ProcessStartInfo("redis-server") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        if (_tls) { psi.ArgumentList.Add("--port"); psi.ArgumentList.Add("0"); psi.ArgumentList.Add("--tls-port"); }
        else psi.ArgumentList.Add("--port");
        psi.ArgumentList.Add(Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var a in new[] { "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", Dir, "--logfile", LogFile }) psi.ArgumentList.Add(a);
        foreach (var a in _extraArgs) psi.ArgumentList.Add(a);
        var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start redis-server");
        _process = process;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"redis-server exited with {process.ExitCode}: {await output} {File.ReadAllText(LogFile)}");
            if (File.ReadAllText(LogFile).Contains("Ready to accept connections", StringComparison.Ordinal)) return;
            await Task.Delay(20);
        }
        throw new TimeoutException("redis-server did not become ready in 10 s: " + File.ReadAllText(LogFile));
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try { Directory.Delete(Dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
