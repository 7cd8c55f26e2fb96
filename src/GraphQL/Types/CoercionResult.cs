namespace StudyGraph.GraphQL.Types;

/// <summary>The outcome of coercing a value: the coerced value, or an error message (graphql-js's wording).</summary>
public readonly struct CoercionResult
{
    private CoercionResult(object? value, string? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The coerced value (null when <see cref="IsError"/>).</summary>
    public object? Value { get; }

    /// <summary>The error message, or null on success.</summary>
    public string? Error { get; }

    /// <summary>Whether coercion failed.</summary>
    public bool IsError => Error is not null;

    /// <summary>A successful coercion to <paramref name="value"/>.</summary>
    public static CoercionResult Ok(object? value) => new(value, null);

    /// <summary>A failed coercion with <paramref name="message"/>.</summary>
    public static CoercionResult Fail(string message) => new(null, message);

    /// <inheritdoc/>
    public override string ToString() => IsError ? "error: " + Error : "ok: " + Value;
}
