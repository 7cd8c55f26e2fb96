namespace StudyGraph.Domain.Common;

/// <summary>A failure reported as a value: a stable code, a readable message and, where it applies, a path (for example a JSON path).</summary>
/// <param name="Code">One of <see cref="ErrorCodes"/>.</param>
/// <param name="Message">A sentence a person can act on.</param>
/// <param name="Path">Where the problem is (a JSON path or a field name), when it applies.</param>
public sealed record DomainError(string Code, string Message, string? Path = null)
{
    /// <summary>Creates a <see cref="ErrorCodes.NotFound"/> error.</summary>
    public static DomainError NotFound(string what, string id) => new(ErrorCodes.NotFound, $"{what} '{id}' was not found.");

    /// <summary>Creates a <see cref="ErrorCodes.Validation"/> error.</summary>
    public static DomainError Validation(string message, string? path = null) => new(ErrorCodes.Validation, message, path);

    /// <inheritdoc />
    public override string ToString() => Path is null ? $"{Code}: {Message}" : $"{Code} at {Path}: {Message}";
}
