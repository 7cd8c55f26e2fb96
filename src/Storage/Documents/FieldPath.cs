namespace StudyGraph.Storage.Documents;

/// <summary>A dotted path to a document field (<c>exam.id</c>); segments are identifiers, so a path can be embedded in a query safely.</summary>
public readonly record struct FieldPath
{
    private FieldPath(string value) => Value = value;

    /// <summary>The dotted text.</summary>
    public string Value { get; }

    /// <summary>Validates <paramref name="path"/>; throws <see cref="ArgumentException"/> naming it when a segment is not an identifier.</summary>
    public static FieldPath Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0 || path.Length > 200) throw new ArgumentException($"Field path '{path}' must have 1 to 200 characters.", nameof(path));
        var segmentStart = true;
        foreach (var c in path)
        {
            if (c == '.')
            {
                if (segmentStart) throw new ArgumentException($"Field path '{path}' has an empty segment.", nameof(path));
                segmentStart = true;
                continue;
            }
            var ok = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_' || (!segmentStart && c is >= '0' and <= '9');
            if (!ok) throw new ArgumentException($"Field path '{path}' may only hold identifier segments separated by dots.", nameof(path));
            segmentStart = false;
        }
        if (segmentStart) throw new ArgumentException($"Field path '{path}' ends with a dot.", nameof(path));
        return new FieldPath(path);
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
