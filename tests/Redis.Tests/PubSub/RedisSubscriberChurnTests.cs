using StudyGraph.Redis.Tests.Support;
using static StudyGraph.Redis.Tests.PubSub.PubSubHarness;

namespace StudyGraph.Redis.Tests.PubSub;

public class RedisSubscriberChurnTests
{
    [RequiresRedisServerFact]
    public async Task Concurrent_subscribe_and_unsubscribe_leave_the_server_in_step_with_the_local_registry()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var publisher = await RedisCommandConnection.ConnectAsync(server.Options());
        await using var subscriber = await RedisSubscriber.ConnectAsync(server.Options());
        await using var keeper = await subscriber.SubscribeAsync("steady");
        using var stop = new CancellationTokenSource();
        var noise = Task.Run(async () =>
        {
            var i = 0;
            while (!stop.IsCancellationRequested) await publisher.PublishAsync("churn", Number(i++));
        });

        var workers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var round = 0; round < 25; round++)
            {
                var subscription = await subscriber.SubscribeAsync((w + round) % 2 == 0 ? "churn" : "other");
                await subscription.DisposeAsync();
            }
        })).ToArray();
        await Task.WhenAll(workers);
        await stop.CancelAsync();
        await noise;

        await Eventually.TrueAsync(async () => await SubscribersOnServer(server, "churn") == 0 && await SubscribersOnServer(server, "other") == 0, "server unsubscribed from every churned channel");
        Assert.Equal(["steady"], subscriber.Channels);
        await publisher.PublishAsync("steady", Number(1));
        Assert.Equal(1, NumberOf((await Eventually.TakeAsync(keeper.ReadAllAsync(), 1))[0].Payload));
    }
}
