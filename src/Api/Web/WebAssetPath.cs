namespace StudyGraph.Api.Web;

/// <summary>Maps a request path below a page's base path to a file inside that page's build folder, never outside it.</summary>
public static class WebAssetPath
{
    /// <summary>
    /// The absolute file path for <paramref name="relativePath"/> inside <paramref name="root"/> (<c>index.html</c> for an
    /// empty path or one ending in '/'), or null when the path would leave the folder, names a hidden segment
    /// (starting with '.') or holds characters no build output uses ('\', ':', NUL).
    /// </summary>
    public static string? Resolve(string root, string? relativePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        var relative = relativePath ?? "";
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        if (relative.Contains('\\', StringComparison.Ordinal) || relative.Contains(':', StringComparison.Ordinal) || relative.Contains('\0', StringComparison.Ordinal)) return null;
        foreach (var segment in relative.Split('/'))
        {
            if (segment.Length == 0 || segment[0] == '.') return null;
        }
        var fullRoot = Path.GetFullPath(root);
        var full = Path.GetFullPath(Path.Combine(fullRoot, relative));
        var prefix = fullRoot.EndsWith(Path.DirectorySeparatorChar) ? fullRoot : fullRoot + Path.DirectorySeparatorChar;
        return full.StartsWith(prefix, StringComparison.Ordinal) ? full : null;
    }
}
