using System.Buffers.Binary;
using StudyGraph.Redis.Tests.Support;

namespace StudyGraph.Redis.Tests.PubSub;

/// <summary>Numbered payloads and server-side checks shared by the pub/sub tests.</summary>
internal static class PubSubHarness
{
    internal static byte[] Number(int n)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, n);
        return bytes;
    }

    internal static int NumberOf(ReadOnlyMemory<byte> payload) => BinaryPrimitives.ReadInt32BigEndian(payload.Span);

    internal static RedisOptions Fast(RedisOptions options)
    {
        options.Backoff = new RedisBackoff(new Random(42)) { BaseDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(200) };
        return options;
    }

    /// <summary>How many clients the server counts as subscribed to <paramref name="channel"/> (asked on a fresh connection).</summary>
    internal static async Task<long> SubscribersOnServer(RedisServerProcess server, string channel)
    {
        await using var probe = await RedisCommandConnection.ConnectAsync(server.Options());
        var reply = await probe.ExecuteAsync("PUBSUB", "NUMSUB", channel);
        return reply.Items[1].Integer;
    }

    internal static async Task<long> PatternsOnServer(RedisServerProcess server)
    {
        await using var probe = await RedisCommandConnection.ConnectAsync(server.Options());
        return (await probe.ExecuteAsync("PUBSUB", "NUMPAT")).Integer;
    }
}
