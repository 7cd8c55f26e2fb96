using System.Security.Cryptography;
using System.Text;
using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Execution;

/// <summary>
/// A bounded, thread-safe LRU cache of parsed documents and their validation errors, keyed by the SHA-256 of the
/// document text (spec-neutral; issue item 8). Counts hits and misses for tests and metrics.
/// </summary>
public sealed class DocumentCache
{
    private readonly int _capacity;
    private readonly Dictionary<string, LinkedListNode<Entry>> _map = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _lru = new();
    private long _hits;
    private long _misses;

    /// <summary>Creates a cache keeping at most <paramref name="capacity"/> documents.</summary>
    public DocumentCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _capacity = capacity;
    }

    /// <summary>The number of cached documents.</summary>
    public int Count
    {
        get
        {
            lock (_map) return _map.Count;
        }
    }

    /// <summary>Lookups that found a document.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Lookups that found nothing.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>The content hash of <paramref name="text"/> (hex SHA-256 of its UTF-8 bytes).</summary>
    public static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The cached document and validation errors for <paramref name="hash"/>, marking it most recently used.</summary>
    public bool TryGet(string hash, out DocumentNode document, out IReadOnlyList<GraphQLError> validationErrors)
    {
        lock (_map)
        {
            if (_map.TryGetValue(hash, out var node))
            {
                _lru.Remove(node);
                _lru.AddFirst(node);
                _hits++;
                document = node.Value.Document;
                validationErrors = node.Value.ValidationErrors;
                return true;
            }
            _misses++;
        }
        document = null!;
        validationErrors = [];
        return false;
    }

    /// <summary>Stores a document, evicting the least recently used one when full.</summary>
    public void Add(string hash, DocumentNode document, IReadOnlyList<GraphQLError> validationErrors)
    {
        if (_capacity == 0) return;
        lock (_map)
        {
            if (_map.TryGetValue(hash, out var existing))
            {
                _lru.Remove(existing);
                _map.Remove(hash);
            }
            while (_map.Count >= _capacity)
            {
                var last = _lru.Last!;
                _lru.RemoveLast();
                _map.Remove(last.Value.Hash);
            }
            _map[hash] = _lru.AddFirst(new Entry(hash, document, validationErrors));
        }
    }

    private sealed record Entry(string Hash, DocumentNode Document, IReadOnlyList<GraphQLError> ValidationErrors);
}
