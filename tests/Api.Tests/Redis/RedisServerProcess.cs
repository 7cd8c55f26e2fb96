using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace StudyGraph.Api.Tests.Redis;

/// <summary>A throw-away redis-server on a free loopback port with a temporary directory; disposing stops it.</summary>
public sealed class RedisServerProcess : IDisposable
{
    private Process? _process;
    private readonly string _dir;

    private RedisServerProcess(Process process, string dir, int port)
    {
        _process = process;
        _dir = dir;
        Port = port;
    }

    /// <summary>The port.</summary>
    public int Port { get; }

    /// <summary>The redis-server binary on the PATH, or null.</summary>
    public static string? Find()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'))
        {
            var candidate = Path.Combine(dir, "redis-server");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>Starts a server and waits until it accepts connections.</summary>
    public static async Task<RedisServerProcess> StartAsync()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var dir = Path.Combine(Path.GetTempPath(), "studygraph-redis-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return new RedisServerProcess(await LaunchAsync(port, dir), dir, port);
    }

    /// <summary>Kills the server (as a crash would: clients see their connections drop) and waits until it has exited.</summary>
    public void Stop()
    {
        if (_process is null) return;
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
        _process = null;
    }

    /// <summary>Starts the server again on the same port (after <see cref="Stop"/>) and waits until it accepts connections.</summary>
    public async Task RestartAsync()
    {
        Stop();
        _process = await LaunchAsync(Port, _dir);
    }

    private static async Task<Process> LaunchAsync(int port, string dir)
    {
        var psi = new ProcessStartInfo(Find()!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir })
            psi.ArgumentList.Add(a);
        var process = Process.Start(psi)!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        for (var i = 0; i < 200; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return process;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        process.Kill();
        throw new InvalidOperationException("redis-server did not start on port " + port);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Stop();
        try
        {
            Directory.Delete(_dir, true);
        }
        catch (IOException)
        {
        }
    }
}
