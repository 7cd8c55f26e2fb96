using StudyGraph.Mongo.Wire;

namespace StudyGraph.Mongo.Core;

/// <summary>One server of the topology: its address, pool and last known description.</summary>
internal sealed class Server(MongoServerAddress address, ConnectionPool pool) : IAsyncDisposable
{
    public MongoServerAddress Address { get; } = address;

    public ConnectionPool Pool { get; } = pool;

    public HelloReply? Description { get; set; }

    public ValueTask DisposeAsync() => Pool.DisposeAsync();
}
