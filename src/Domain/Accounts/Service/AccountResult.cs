using System.Diagnostics.CodeAnalysis;

namespace StudyGraph.Domain.Accounts;

/// <summary>Either a value or an <see cref="AccountError"/>.</summary>
/// <typeparam name="T">The value type.</typeparam>
public readonly struct AccountResult<T>
{
    private AccountResult(T? value, AccountError? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The value when <see cref="IsSuccess"/>.</summary>
    public T? Value { get; }

    /// <summary>The error when not <see cref="IsSuccess"/>.</summary>
    public AccountError? Error { get; }

    /// <summary>True when the operation succeeded.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsSuccess => Error is null;

    /// <summary>A success.</summary>
    public static AccountResult<T> Ok(T value) => new(value, null);

    /// <summary>A failure.</summary>
    public static AccountResult<T> Fail(AccountError error) => new(default, error);

    /// <summary>Wraps a value.</summary>
    public static implicit operator AccountResult<T>(T value) => Ok(value);

    /// <summary>Wraps an error.</summary>
    public static implicit operator AccountResult<T>(AccountError error) => Fail(error);

    /// <inheritdoc />
    public override string ToString() => IsSuccess ? $"Ok({Value})" : $"Fail({Error.Code}: {Error.Message})";
}
