using System.Globalization;
using System.Security.Cryptography;

namespace StudyGraph.Domain.Accounts;

/// <summary>
/// PBKDF2-HMAC-SHA256 password hashing through <see cref="Rfc2898DeriveBytes.Pbkdf2(ReadOnlySpan{char}, ReadOnlySpan{byte}, int, HashAlgorithmName, int)"/>.
/// The stored form is versioned and self-describing: <c>$pbkdf2-sha256$v=1$i=600000$&lt;salt base64&gt;$&lt;hash base64&gt;</c>,
/// so the iteration count can rise later and old hashes still verify (reported as <see cref="PasswordVerification.SuccessRehashNeeded"/>).
/// </summary>
public sealed class Pbkdf2PasswordHasher : IPasswordHasher
{
    /// <summary>Iterations used by default (OWASP's 2023 figure for PBKDF2-HMAC-SHA256).</summary>
    public const int DefaultIterations = 600_000;

    /// <summary>The fewest iterations this hasher accepts, for hashing and for verifying.</summary>
    public const int MinimumIterations = 100_000;

    /// <summary>The current format version.</summary>
    public const int FormatVersion = 1;

    private const string Prefix = "$pbkdf2-sha256$";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;
    private const int MaxIterations = 10_000_000;
    private readonly int _iterations;
    private readonly IRandomBytes _random;

    /// <summary>Creates a hasher with <paramref name="iterations"/> (at least <see cref="MinimumIterations"/>) and a salt source.</summary>
    public Pbkdf2PasswordHasher(int iterations = DefaultIterations, IRandomBytes? random = null)
    {
        if (iterations < MinimumIterations || iterations > MaxIterations)
            throw new ArgumentOutOfRangeException(nameof(iterations), $"Iterations must be between {MinimumIterations} and {MaxIterations}.");
        _iterations = iterations;
        _random = random ?? SystemRandomBytes.Instance;
    }

    /// <summary>The iteration count new hashes use.</summary>
    public int Iterations => _iterations;

    /// <inheritdoc />
    public string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        Span<byte> salt = stackalloc byte[SaltBytes];
        _random.Fill(salt);
        Span<byte> hash = stackalloc byte[HashBytes];
        Rfc2898DeriveBytes.Pbkdf2(password, salt, hash, _iterations, HashAlgorithmName.SHA256);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Prefix}v={FormatVersion}$i={_iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    /// <inheritdoc />
    public PasswordVerification Verify(string password, string storedHash)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (!TryParse(storedHash, out var version, out var iterations, out var salt, out var expected))
            return PasswordVerification.Failed;
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        if (!CryptographicOperations.FixedTimeEquals(actual, expected)) return PasswordVerification.Failed;
        return version != FormatVersion || iterations < _iterations || expected.Length != HashBytes || salt.Length != SaltBytes
            ? PasswordVerification.SuccessRehashNeeded
            : PasswordVerification.Success;
    }

    private static bool TryParse(string? stored, out int version, out int iterations, out byte[] salt, out byte[] hash)
    {
        version = 0; iterations = 0; salt = []; hash = [];
        if (stored is null || !stored.StartsWith(Prefix, StringComparison.Ordinal)) return false;
        var parts = stored[Prefix.Length..].Split('$');
        if (parts.Length != 4 || !parts[0].StartsWith("v=", StringComparison.Ordinal) || !parts[1].StartsWith("i=", StringComparison.Ordinal)) return false;
        if (!int.TryParse(parts[0].AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out version)) return false;
        if (!int.TryParse(parts[1].AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out iterations)) return false;
        if (iterations < MinimumIterations || iterations > MaxIterations) return false;
        try
        {
            salt = Convert.FromBase64String(parts[2]);
            hash = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return false;
        }
        return salt.Length >= 8 && hash.Length >= 16;
    }
}
