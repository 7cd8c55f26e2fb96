using System.Buffers;
using System.Net.Sockets;
using StudyGraph.Redis.Tests.Support;

namespace StudyGraph.Redis.Tests.Protocol;

/// <summary>The codec alone (no connection classes) against a real server's bytes.</summary>
public class RespAgainstServerTests
{
    [RequiresRedisServerFact]
    public async Task Hello_3_then_subscribe_yields_a_map_and_push_frames_from_the_real_server()
    {
        await using var server = await RedisServerProcess.StartAsync();
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", server.Port);
        var stream = client.GetStream();
        var reader = new RespStreamReader(stream);

        await Send(stream, "HELLO", 3);
        var hello = (await reader.ReadAsync())!;
        await Send(stream, "SUBSCRIBE", "raw");
        var confirmation = (await reader.ReadAsync())!;
        await using (var publisher = await RedisCommandConnection.ConnectAsync(server.Options()))
        {
            await publisher.PublishAsync("raw", "x\r\ny"u8.ToArray());
        }
        var message = (await reader.ReadAsync())!;

        Assert.Equal(RespType.Map, hello.Type);
        Assert.Equal("proto", hello.Items[4].AsString());
        Assert.Equal(3, hello.Items[5].Integer);
        Assert.Equal(RespValue.Push(RespValue.BulkString("subscribe"), RespValue.BulkString("raw"), RespValue.FromInteger(1)), confirmation);
        Assert.Equal(RespValue.Push(RespValue.BulkString("message"), RespValue.BulkString("raw"), RespValue.BulkString("x\r\ny")), message);
    }

    [RequiresRedisServerFact]
    public async Task Resp2_server_replies_decode_byte_for_byte_as_expected()
    {
        await using var server = await RedisServerProcess.StartAsync();
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", server.Port);
        var stream = client.GetStream();
        var reader = new RespStreamReader(stream);

        await Send(stream, "RPUSH", "l", "a", "");
        await Send(stream, "LRANGE", "l", 0, -1);
        await Send(stream, "GET", "nothing");
        await Send(stream, "BLPOP", "empty", "0.01");
        await Send(stream, "INCR", "l");

        Assert.Equal(RespValue.FromInteger(2), await reader.ReadAsync());
        Assert.Equal(RespValue.Array(RespValue.BulkString("a"), RespValue.BulkString("")), await reader.ReadAsync());
        Assert.Equal(RespValue.NullBulkString, await reader.ReadAsync());
        Assert.Equal(RespValue.NullArray, await reader.ReadAsync());
        Assert.Equal("WRONGTYPE", (await reader.ReadAsync())!.ErrorPrefix);
    }

    private static async Task Send(NetworkStream stream, params RedisArgument[] command)
    {
        var buffer = new ArrayBufferWriter<byte>();
        RespWriter.WriteCommand(buffer, command);
        await stream.WriteAsync(buffer.WrittenMemory);
    }
}
