using System.Globalization;
using System.Numerics;
using System.Text;

namespace StudyGraph.Mongo.Bson.Json;

/// <summary>Formats doubles exactly as JavaScript's Number.prototype.toString and toFixed(1) do (ECMA-262 6.1.6.1.20).</summary>
internal static class JsNumberFormat
{
    /// <summary>Number.prototype.toString(): shortest round-trip digits, exponent form outside 1e-7..1e21.</summary>
    internal static string ToJsString(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "Infinity";
        if (double.IsNegativeInfinity(value)) return "-Infinity";
        if (value == 0) return "0";
        var sb = new StringBuilder(32);
        if (value < 0)
        {
            sb.Append('-');
            value = -value;
        }
        // "R" gives the shortest round-trip digits; split them into digits s and exponent n (value = 0.s * 10^n).
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        var ePos = shortest.IndexOfAny(['E', 'e']);
        var mantissa = ePos < 0 ? shortest : shortest[..ePos];
        var exp10 = ePos < 0 ? 0 : int.Parse(shortest.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.');
        var intPart = dot < 0 ? mantissa : mantissa[..dot];
        var fracPart = dot < 0 ? "" : mantissa[(dot + 1)..];
        var digits = (intPart + fracPart).TrimStart('0');
        var leadingZerosRemoved = (intPart + fracPart).Length - digits.Length;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        var k = digits.Length;
        var n = intPart.Length - leadingZerosRemoved + exp10;

        if (k <= n && n <= 21)
        {
            sb.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            var e = n - 1;
            sb.Append(digits[0]);
            if (k > 1) sb.Append('.').Append(digits, 1, k - 1);
            sb.Append('e').Append(e >= 0 ? '+' : '-').Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>Number.prototype.toFixed(1) for an integral double.</summary>
    internal static string IntegerToFixed1(double value)
    {
        if (Math.Abs(value) >= 1e21) return ToJsString(value);
        var integer = new BigInteger(value);
        return integer.ToString(CultureInfo.InvariantCulture) + ".0";
    }
}
