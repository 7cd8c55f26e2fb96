using System.Text;
using StudyGraph.Domain.Ports;

namespace StudyGraph.Domain.InMemory;

/// <summary>Cursor paging over a list already sorted by a string key (the cursor is the key, base64url-encoded).</summary>
public static class Paging
{
    /// <summary>Encodes a sort key as an opaque cursor.</summary>
    public static string Encode(string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes(key)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Decodes a cursor written by <see cref="Encode"/>; null when it is malformed.</summary>
    public static string? Decode(string cursor)
    {
        var s = cursor.Replace('-', '+').Replace('_', '/');
        s = s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '=');
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(s));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The page of <paramref name="sorted"/> after the request's cursor.</summary>
    public static Page<T> Take<T>(IReadOnlyList<T> sorted, Func<T, string> key, PageRequest page, IComparer<string>? order = null)
    {
        order ??= StringComparer.Ordinal;
        var start = 0;
        if (page.After is not null && Decode(page.After) is { } after)
        {
            while (start < sorted.Count && order.Compare(key(sorted[start]), after) <= 0) start++;
        }
        var end = Math.Min(sorted.Count, start + page.Limit);
        var items = new List<T>(end - start);
        var cursors = new List<string>(end - start);
        for (var i = start; i < end; i++)
        {
            items.Add(sorted[i]);
            cursors.Add(Encode(key(sorted[i])));
        }
        return new Page<T>(items, cursors, end < sorted.Count, sorted.Count);
    }
}
