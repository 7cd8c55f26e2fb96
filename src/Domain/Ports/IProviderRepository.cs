using StudyGraph.Domain.Catalog;

namespace StudyGraph.Domain.Ports;

/// <summary>Stores providers (few, so listed whole).</summary>
public interface IProviderRepository
{
    /// <summary>The provider with <paramref name="id"/>, or null.</summary>
    ValueTask<Provider?> GetAsync(string id, CancellationToken ct = default);

    /// <summary>All providers ordered by id.</summary>
    ValueTask<IReadOnlyList<Provider>> ListAsync(CancellationToken ct = default);

    /// <summary>Inserts or replaces a provider by id.</summary>
    ValueTask UpsertAsync(Provider provider, CancellationToken ct = default);
}
