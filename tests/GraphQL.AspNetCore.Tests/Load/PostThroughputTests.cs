using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using StudyGraph.Testing;
using Xunit.Abstractions;

namespace StudyGraph.GraphQL.AspNetCore.Tests.Load;

/// <summary>
/// A short load generator: <c>POST /graphql { hello }</c> from concurrent HttpClient loops over loopback for
/// STUDYGRAPH_LOAD_SECONDS seconds; prints requests per second. Opt-in, because it occupies the machine.
/// </summary>
public sealed class PostThroughputTests(ITestOutputHelper output)
{
    [RequiresEnvFact("STUDYGRAPH_LOAD_SECONDS", "the POST throughput measurement runs only on request (e.g. STUDYGRAPH_LOAD_SECONDS=10)")]
    public async Task Measures_post_throughput_of_a_trivial_query()
    {
        var seconds = double.Parse(Environment.GetEnvironmentVariable("STUDYGRAPH_LOAD_SECONDS")!, CultureInfo.InvariantCulture);
        var concurrency = int.TryParse(Environment.GetEnvironmentVariable("STUDYGRAPH_LOAD_CONCURRENCY"), out var c) ? c : 32;
        await using var host = await TestHost.StartAsync(o => o.KeepAliveInterval = TimeSpan.Zero);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { BaseAddress = host.BaseAddress };
        var body = Encoding.UTF8.GetBytes("""{"query":"{ hello }"}""");

        async Task<(long Ok, long Failed)> Worker(DateTime until)
        {
            long ok = 0, failed = 0;
            while (DateTime.UtcNow < until)
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new("application/json");
                using var response = await client.PostAsync("/graphql", content);
                var text = await response.Content.ReadAsStringAsync();
                if (response.StatusCode == HttpStatusCode.OK && text.Contains("Hello, world!", StringComparison.Ordinal)) ok++;
                else failed++;
            }
            return (ok, failed);
        }

        await Worker(DateTime.UtcNow.AddSeconds(1)); // warm-up: JIT, connections, document cache
        var clock = Stopwatch.StartNew();
        var until = DateTime.UtcNow.AddSeconds(seconds);
        var results = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(() => Worker(until))));
        clock.Stop();
        var total = results.Sum(r => r.Ok);
        var errors = results.Sum(r => r.Failed);
        output.WriteLine($"POST /graphql {{ hello }}: {total} requests in {clock.Elapsed.TotalSeconds:F1} s with {concurrency} concurrent clients = {total / clock.Elapsed.TotalSeconds:F0} req/s, {errors} failed");
        Assert.Equal(0, errors);
        Assert.True(total > 0);
    }
}
