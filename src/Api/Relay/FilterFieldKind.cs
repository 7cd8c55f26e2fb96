namespace StudyGraph.Api.Relay;

/// <summary>How a filterable field's operations are read.</summary>
public enum FilterFieldKind
{
    /// <summary>A string: eq, neq, in, nin, contains, startsWith.</summary>
    String,

    /// <summary>An id: like a string, but global ids of the field's type are decoded to raw ids.</summary>
    Id,

    /// <summary>A number: eq, neq, in, nin, gt, gte, lt, lte.</summary>
    Int,

    /// <summary>A date-time: eq, neq, gt, gte, lt, lte (compared in UTC).</summary>
    DateTime,

    /// <summary>An enum: eq, neq, in, nin, compared by the stored UPPER_SNAKE name.</summary>
    Enum,

    /// <summary>A list of strings: contains (one element equals), containsAny.</summary>
    StringList,
}
