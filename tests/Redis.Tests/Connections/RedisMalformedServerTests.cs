using System.Net;
using System.Net.Sockets;
using System.Text;
using StudyGraph.Redis.Tests.Support;

namespace StudyGraph.Redis.Tests.Connections;

public class RedisMalformedServerTests
{
    [Fact]
    public async Task Garbage_from_the_server_fails_pending_commands_with_the_protocol_error_and_drops_the_connection()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var fake = Task.Run(async () =>
        {
            using var client = await listener.AcceptTcpClientAsync();
            var stream = client.GetStream();
            var buffer = new byte[4096];
            await stream.ReadAtLeastAsync(buffer, 14); // *1\r\n$4\r\nPING\r\n
            await stream.WriteAsync("+PONG\r\n"u8.ToArray());
            await stream.ReadAtLeastAsync(buffer, 4); // the command under test
            await stream.WriteAsync(Encoding.ASCII.GetBytes("$3\r\nabcXY"));
        });
        var options = new RedisOptions { Host = "127.0.0.1", Port = port, Backoff = new RedisBackoff(new Random(1)) { BaseDelay = TimeSpan.FromSeconds(5) } };
        await using var redis = await RedisCommandConnection.ConnectAsync(options);

        var error = await Assert.ThrowsAsync<RedisConnectionException>(() => redis.ExecuteAsync("GET", "k"));

        var protocol = Assert.IsType<RedisProtocolException>(error.InnerException);
        Assert.Contains("bulk string of length 3 is not followed by CRLF", protocol.Message, StringComparison.Ordinal);
        await Eventually.TrueAsync(() => redis.State == RedisConnectionState.Reconnecting, "the broken connection dropped");
        listener.Stop();
        await fake;
    }
}
