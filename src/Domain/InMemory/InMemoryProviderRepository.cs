using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Ports;

namespace StudyGraph.Domain.InMemory;

/// <summary>An in-memory <see cref="IProviderRepository"/>.</summary>
public sealed class InMemoryProviderRepository : IProviderRepository
{
    private readonly object _gate = new();
    private readonly SortedDictionary<string, Provider> _items = new(StringComparer.Ordinal);

    /// <summary>How many writes were made (tests check that a repeated import writes nothing).</summary>
    public int Writes { get; private set; }

    /// <inheritdoc />
    public ValueTask<Provider?> GetAsync(string id, CancellationToken ct = default)
    {
        lock (_gate) return ValueTask.FromResult(_items.GetValueOrDefault(id));
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Provider>> ListAsync(CancellationToken ct = default)
    {
        lock (_gate) return ValueTask.FromResult<IReadOnlyList<Provider>>([.. _items.Values]);
    }

    /// <inheritdoc />
    public ValueTask UpsertAsync(Provider provider, CancellationToken ct = default)
    {
        lock (_gate)
        {
            _items[provider.Id] = provider;
            Writes++;
        }
        return ValueTask.CompletedTask;
    }
}
