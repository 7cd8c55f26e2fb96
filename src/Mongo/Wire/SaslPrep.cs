using System.Text;

namespace StudyGraph.Mongo.Wire;

/// <summary>
/// SASLprep (RFC 4013) for SCRAM-SHA-256 passwords: non-ASCII spaces map to space, "mapped to nothing"
/// characters are removed, the result is NFKC-normalised, and prohibited or unassigned-looking characters
/// (controls, private use, surrogates, non-characters) are refused.
/// </summary>
public static class SaslPrep
{
    /// <summary>Prepares <paramref name="input"/>; throws <see cref="ArgumentException"/> for prohibited characters.</summary>
    public static string Prepare(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var ascii = true;
        foreach (var c in input)
        {
            if (c is < (char)0x20 or (char)0x7F) throw new ArgumentException("The password contains a control character, which SASLprep prohibits.");
            if (c > 0x7E) ascii = false;
        }
        if (ascii) return input;

        var mapped = new StringBuilder(input.Length);
        foreach (var c in input)
        {
            if (IsNonAsciiSpace(c)) mapped.Append(' ');
            else if (!IsMappedToNothing(c)) mapped.Append(c);
        }
        string normalized;
        try
        {
            normalized = mapped.ToString().Normalize(NormalizationForm.FormKC);
        }
        catch (PlatformNotSupportedException ex)
        {
            throw new ArgumentException("The password has non-ASCII characters and Unicode normalisation is unavailable (invariant globalization).", ex);
        }
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            var cp = char.IsHighSurrogate(c) && i + 1 < normalized.Length ? char.ConvertToUtf32(c, normalized[++i]) : c;
            if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0xE000 && cp <= 0xF8FF) || (cp >= 0xF0000) ||
                (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE || (cp >= 0xD800 && cp <= 0xDFFF) ||
                (cp >= 0x2FF0 && cp <= 0x2FFB) || cp is 0x340 or 0x341 or 0x200E or 0x200F or (>= 0x202A and <= 0x202E) or (>= 0x206A and <= 0x206F))
            {
                throw new ArgumentException($"The password contains U+{cp:X4}, which SASLprep prohibits.");
            }
        }
        return normalized;
    }

    private static bool IsNonAsciiSpace(char c) => c is '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200B') or '\u202F' or '\u205F' or '\u3000';

    private static bool IsMappedToNothing(char c) => c is '\u00AD' or '\u034F' or '\u1806' or (>= '\u180B' and <= '\u180D') or '\u200C' or '\u200D' or '\u2060'
        or (>= '\uFE00' and <= '\uFE0F') or '\uFEFF';
}
