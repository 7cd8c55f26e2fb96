using System.Text;
using Microsoft.Data.Sqlite;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Sqlite;

/// <summary>One collection of the embedded store (a table of id, version and JSONB document).</summary>
internal sealed class SqliteDocumentCollection : IDocumentCollection
{
    private const int SqliteConstraintUnique = 2067;
    private readonly SqliteDocumentStore _store;
    private readonly string _table;

    public SqliteDocumentCollection(SqliteDocumentStore store, string name)
    {
        _store = store;
        Name = name;
        _table = SqliteSql.Identifier(name);
    }

    public string Name { get; }

    public async ValueTask<byte[]?> GetAsync(string id, CancellationToken ct = default)
    {
        await using var conn = await _store.ConnectAsync(ct).ConfigureAwait(false);
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = $"SELECT json(doc) FROM {_table} WHERE id = @id";
        cmd.Parameters.AddWithValue("@id", id);
        var text = await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false) as string;
        return text is null ? null : Encoding.UTF8.GetBytes(text);
    }

    public async ValueTask<IReadOnlyList<byte[]>> GetManyAsync(IReadOnlyList<string> ids, CancellationToken ct = default)
    {
        var result = new List<byte[]>(ids.Count);
        if (ids.Count == 0) return result;
        await using var conn = await _store.ConnectAsync(ct).ConfigureAwait(false);
        // Chunks keep the parameter count far below SQLite's limit.
        for (var start = 0; start < ids.Count; start += 500)
        {
            await using var cmd = conn.CreateCommand();
            var sql = new SqliteSql(cmd);
            var names = new List<string>();
            for (var i = start; i < Math.Min(ids.Count, start + 500); i++) names.Add(sql.Bind(ids[i]));
            cmd.CommandText = $"SELECT json(doc) FROM {_table} WHERE id IN ({string.Join(", ", names)})";
            await using var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false)) result.Add(Encoding.UTF8.GetBytes(reader.GetString(0)));
        }
        return result;
    }

    public async ValueTask<bool> InsertAsync(string id, ReadOnlyMemory<byte> json, CancellationToken ct = default)
    {
        await using var write = await _store.ConnectForWriteAsync(ct).ConfigureAwait(false);
        var conn = write.Connection;
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = $"INSERT INTO {_table} (id, version, doc) VALUES (@id, 1, jsonb(@doc)) ON CONFLICT(id) DO NOTHING";
        cmd.Parameters.AddWithValue("@id", id);
        cmd.Parameters.AddWithValue("@doc", Text(json));
        return await ExecuteWriteAsync(cmd, ct).ConfigureAwait(false) == 1;
    }

    public async ValueTask UpsertManyAsync(IReadOnlyList<KeyValuePair<string, byte[]>> documents, CancellationToken ct = default)
    {
        if (documents.Count == 0) return;
        await using var write = await _store.ConnectForWriteAsync(ct).ConfigureAwait(false);
        var conn = write.Connection;
        await using var tx = (SqliteTransaction)await conn.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"INSERT INTO {_table} (id, version, doc) VALUES (@id, 1, jsonb(@doc)) " +
                          "ON CONFLICT(id) DO UPDATE SET doc = excluded.doc, version = version + 1";
        var id = cmd.Parameters.Add("@id", SqliteType.Text);
        var doc = cmd.Parameters.Add("@doc", SqliteType.Text);
        foreach (var pair in documents)
        {
            id.Value = pair.Key;
            doc.Value = Encoding.UTF8.GetString(pair.Value);
            await ExecuteWriteAsync(cmd, ct).ConfigureAwait(false);
        }
        await tx.CommitAsync(ct).ConfigureAwait(false);
    }

    public async ValueTask<bool> ReplaceAsync(string id, ReadOnlyMemory<byte> json, long expectedVersion, CancellationToken ct = default)
    {
        await using var write = await _store.ConnectForWriteAsync(ct).ConfigureAwait(false);
        var conn = write.Connection;
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = $"UPDATE {_table} SET doc = jsonb(@doc), version = version + 1 WHERE id = @id AND version = @v";
        cmd.Parameters.AddWithValue("@id", id);
        cmd.Parameters.AddWithValue("@doc", Text(json));
        cmd.Parameters.AddWithValue("@v", expectedVersion);
        return await ExecuteWriteAsync(cmd, ct).ConfigureAwait(false) == 1;
    }

    public async ValueTask<long?> GetVersionAsync(string id, CancellationToken ct = default)
    {
        await using var conn = await _store.ConnectAsync(ct).ConfigureAwait(false);
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = $"SELECT version FROM {_table} WHERE id = @id";
        cmd.Parameters.AddWithValue("@id", id);
        return await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false) is long v ? v : null;
    }

    public async ValueTask UpdateAsync(string id, IReadOnlyList<FieldUpdate> updates, ReadOnlyMemory<byte> seed, CancellationToken ct = default)
    {
        if (updates.Count == 0) throw new ArgumentException("An update needs at least one field change.", nameof(updates));
        await using var write = await _store.ConnectForWriteAsync(ct).ConfigureAwait(false);
        var conn = write.Connection;
        await using var cmd = conn.CreateCommand();
        var sql = new SqliteSql(cmd);
        // One statement: an upsert whose conflict branch applies the changes to the stored document, so
        // concurrent increments serialize inside SQLite and none is lost.
        var onInsert = Apply(sql, "jsonb(@seed)", updates, stored: false);
        var onConflict = Apply(sql, "doc", updates, stored: true);
        cmd.CommandText = $"INSERT INTO {_table} (id, version, doc) VALUES (@id, 1, {onInsert}) " +
                          $"ON CONFLICT(id) DO UPDATE SET doc = {onConflict}, version = version + 1";
        cmd.Parameters.AddWithValue("@id", id);
        cmd.Parameters.AddWithValue("@seed", seed.IsEmpty ? "{}" : Text(seed));
        await ExecuteWriteAsync(cmd, ct).ConfigureAwait(false);
    }

    private static string Apply(SqliteSql sql, string target, IReadOnlyList<FieldUpdate> updates, bool stored)
    {
        var parts = new StringBuilder("jsonb_set(").Append(target);
        foreach (var u in updates)
        {
            var path = "'$." + u.Path.Value + "'";
            // In the conflict branch "doc" names the stored row; in the insert branch the seed is the base.
            var current = stored ? SqliteSql.Extract(u.Path) : $"json_extract(jsonb(@seed), {path})";
            var value = DocumentValues.Normalize(u.Value);
            var p = sql.Bind(value);
            var expr = u.Kind switch
            {
                UpdateKind.Increment when value is long or double => $"coalesce({current}, 0) + {p}",
                UpdateKind.Increment => throw new ArgumentException($"Increment of '{u.Path}' needs a number."),
                UpdateKind.Set => p,
                UpdateKind.Max => $"CASE WHEN {current} IS NULL OR {p} > {current} THEN {p} ELSE {current} END",
                UpdateKind.Min => $"CASE WHEN {current} IS NULL OR {p} < {current} THEN {p} ELSE {current} END",
                _ => throw new ArgumentException($"Unknown update {u.Kind}."),
            };
            if (value is bool && u.Kind == UpdateKind.Set) expr = $"json(CASE {p} WHEN 1 THEN 'true' ELSE 'false' END)";
            parts.Append(", ").Append(path).Append(", ").Append(expr);
        }
        return parts.Append(')').ToString();
    }

    public async ValueTask<bool> DeleteAsync(string id, CancellationToken ct = default)
    {
        await using var write = await _store.ConnectForWriteAsync(ct).ConfigureAwait(false);
        var conn = write.Connection;
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = $"DELETE FROM {_table} WHERE id = @id";
        cmd.Parameters.AddWithValue("@id", id);
        return await ExecuteWriteAsync(cmd, ct).ConfigureAwait(false) == 1;
    }

    public async ValueTask<long> DeleteManyAsync(DocumentFilter filter, CancellationToken ct = default)
    {
        await using var write = await _store.ConnectForWriteAsync(ct).ConfigureAwait(false);
        var conn = write.Connection;
        await using var cmd = conn.CreateCommand();
        var sql = new SqliteSql(cmd);
        cmd.CommandText = $"DELETE FROM {_table} WHERE {sql.Where(filter)}";
        return await ExecuteWriteAsync(cmd, ct).ConfigureAwait(false);
    }

    public async ValueTask<long> CountAsync(DocumentFilter? filter = null, CancellationToken ct = default)
    {
        await using var conn = await _store.ConnectAsync(ct).ConfigureAwait(false);
        await using var cmd = conn.CreateCommand();
        var sql = new SqliteSql(cmd);
        cmd.CommandText = $"SELECT count(*) FROM {_table} WHERE {sql.Where(filter)}";
        return (long)(await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }

    public async ValueTask<DocumentPage> FindAsync(DocumentQuery query, CancellationToken ct = default)
    {
        if (query.Limit is < 1 or > 10_000) throw new ArgumentOutOfRangeException(nameof(query), "Limit must be 1..10,000.");
        await using var conn = await _store.ConnectAsync(ct).ConfigureAwait(false);
        await using var cmd = conn.CreateCommand();
        var sql = new SqliteSql(cmd);
        var conditions = new List<string> { sql.Where(query.Where) };
        if (query.After is { } after)
        {
            var (values, id) = CursorCodec.Decode(after, query.Order);
            conditions.Add(sql.After(query.Order, values, id, reverse: false));
        }
        if (query.Before is { } before)
        {
            var (values, id) = CursorCodec.Decode(before, query.Order);
            conditions.Add(sql.After(query.Order, values, id, reverse: true));
        }
        // Relay's "last": read the window backwards, then restore the order.
        var reverse = query.FromEnd;
        cmd.CommandText = $"SELECT id, json(doc) FROM {_table} WHERE {string.Join(" AND ", conditions)} " +
                          $"ORDER BY {SqliteSql.OrderBy(query.Order, reverse)} LIMIT {query.Limit + 1}";
        var ids = new List<string>();
        var docs = new List<byte[]>();
        await using (var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                ids.Add(reader.GetString(0));
                docs.Add(Encoding.UTF8.GetBytes(reader.GetString(1)));
            }
        }
        var more = docs.Count > query.Limit;
        if (more)
        {
            ids.RemoveAt(ids.Count - 1);
            docs.RemoveAt(docs.Count - 1);
        }
        if (reverse)
        {
            ids.Reverse();
            docs.Reverse();
        }
        var cursors = new string[docs.Count];
        for (var i = 0; i < docs.Count; i++) cursors[i] = CursorCodec.Encode(docs[i], query.Order, ids[i]);
        return reverse
            ? new DocumentPage(docs, cursors, HasNextPage: query.Before is not null, HasPreviousPage: more)
            : new DocumentPage(docs, cursors, HasNextPage: more, HasPreviousPage: query.After is not null);
    }

    private async ValueTask<int> ExecuteWriteAsync(SqliteCommand cmd, CancellationToken ct)
    {
        try
        {
            return await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        catch (SqliteException e) when (e.SqliteExtendedErrorCode == SqliteConstraintUnique)
        {
            throw new DuplicateKeyException(Name, e.Message, e);
        }
    }

    private static string Text(ReadOnlyMemory<byte> json) => Encoding.UTF8.GetString(json.Span);
}
