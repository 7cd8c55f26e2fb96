using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace StudyGraph.GraphQL.AspNetCore.Tests.Support;

/// <summary>The test schema's event source: one Channel per subscriber, fed by the test through <see cref="Publish"/>.</summary>
public sealed class TestEvents
{
    private readonly Dictionary<string, List<Channel<int>>> _topics = new(StringComparer.Ordinal);

    public async IAsyncEnumerable<Tick> Subscribe(string topic, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var channel = Channel.CreateUnbounded<int>();
        lock (_topics)
        {
            if (!_topics.TryGetValue(topic, out var list)) _topics[topic] = list = [];
            list.Add(channel);
        }
        try
        {
            await foreach (var n in channel.Reader.ReadAllAsync(ct).ConfigureAwait(false))
            {
                // A negative number breaks the source stream, to test how transports report a failing subscription.
                if (n < 0) throw new InvalidOperationException("the event source broke");
                yield return new Tick(n, topic);
            }
        }
        finally
        {
            lock (_topics) _topics[topic].Remove(channel);
        }
    }

    public int Subscribers(string topic)
    {
        lock (_topics) return _topics.TryGetValue(topic, out var list) ? list.Count : 0;
    }

    public void Publish(string topic, int n)
    {
        lock (_topics)
        {
            if (!_topics.TryGetValue(topic, out var list)) return;
            foreach (var c in list) c.Writer.TryWrite(n);
        }
    }

    public void Complete(string topic)
    {
        lock (_topics)
        {
            if (!_topics.TryGetValue(topic, out var list)) return;
            foreach (var c in list) c.Writer.TryComplete();
        }
    }

    /// <summary>Waits until <paramref name="topic"/> has exactly <paramref name="count"/> subscribers (fails after 10 s).</summary>
    public async Task WaitForSubscribersAsync(string topic, int count)
    {
        for (var i = 0; i < 1000; i++)
        {
            if (Subscribers(topic) == count) return;
            await Task.Delay(10);
        }
        Assert.Fail($"topic {topic} has {Subscribers(topic)} subscribers, expected {count}");
    }
}
