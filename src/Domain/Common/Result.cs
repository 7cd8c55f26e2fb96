using System.Diagnostics.CodeAnalysis;

namespace StudyGraph.Domain.Common;

/// <summary>Either a value or a <see cref="DomainError"/>.</summary>
/// <typeparam name="T">The type of the value.</typeparam>
public readonly struct Result<T>
{
    private readonly T? _value;

    private Result(T? value, DomainError? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>The error, or null on success.</summary>
    public DomainError? Error { get; }

    /// <summary>True when there is a value.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>The value; throws <see cref="InvalidOperationException"/> when the result is an error.</summary>
    public T Value => Error is null ? _value! : throw new InvalidOperationException("The result is an error: " + Error);

    /// <summary>A successful result.</summary>
    public static Result<T> Ok(T value) => new(value, null);

    /// <summary>A failed result.</summary>
    public static Result<T> Fail(DomainError error) => new(default, error ?? throw new ArgumentNullException(nameof(error)));

    /// <summary>Wraps a value.</summary>
    public static implicit operator Result<T>(T value) => Ok(value);

    /// <summary>Wraps an error.</summary>
    public static implicit operator Result<T>(DomainError error) => Fail(error);

    /// <inheritdoc />
    public override string ToString() => IsSuccess ? $"Ok({_value})" : $"Fail({Error})";
}
