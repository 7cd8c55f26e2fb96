using System.Security.Cryptography;
using StudyGraph.Api.Configuration;

namespace StudyGraph.Api.Auth;

/// <summary>The generated development signing key: 64 random bytes, base64, in a file readable only by its owner.</summary>
public static class SigningKeyFile
{
    /// <summary>Reads the key at <paramref name="path"/>, creating it first when it does not exist (safe when two processes race).</summary>
    /// <exception cref="SettingsException">The file exists but holds no usable key.</exception>
    public static byte[] ReadOrCreate(string path, out bool created)
    {
        ArgumentNullException.ThrowIfNull(path);
        created = false;
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var key = RandomNumberGenerator.GetBytes(64);
            try
            {
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
                if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                using (var stream = new FileStream(path, options))
                using (var writer = new StreamWriter(stream))
                {
                    writer.Write(Convert.ToBase64String(key));
                }
                created = true;
                return key;
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first: use theirs, so both sign with the same key.
            }
        }
        var text = File.ReadAllText(path).Trim();
        var buffer = new byte[text.Length];
        if (!Convert.TryFromBase64String(text, buffer, out var written) || written < JwtSettings.MinKeyBytes)
        {
            throw new SettingsException("Jwt:SigningKey", $"the development key file '{path}' is damaged; delete it to generate a new one, or configure Jwt:SigningKey.");
        }
        return buffer[..written];
    }
}
