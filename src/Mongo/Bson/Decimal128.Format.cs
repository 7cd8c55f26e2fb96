using System.Globalization;
using System.Text;

namespace StudyGraph.Mongo.Bson;

public readonly partial struct Decimal128
{
    /// <summary>The string form defined by the BSON Decimal128 specification ("1.5E+3", "0.001", "NaN", "-Infinity").</summary>
    public override string ToString()
    {
        var sb = new StringBuilder(48);
        if (IsNegative) sb.Append('-');
        var combination = (int)(High >> 58) & 0x1F;
        int biasedExponent;
        UInt128 msb;
        if (combination >> 3 == 3)
        {
            if (combination == 30) return sb.Append("Infinity").ToString();
            if (combination == 31) return "NaN";
            biasedExponent = (int)(High >> 47) & 0x3FFF;
            msb = 8 + ((High >> 46) & 1);
        }
        else
        {
            biasedExponent = (int)(High >> 49) & 0x3FFF;
            msb = (High >> 46) & 7;
        }
        var exponent = biasedExponent - ExponentBias;
        var significand = (msb << 110) | ((UInt128)(High & 0x3FFFFFFFFFFFUL) << 64) | Low;
        var digits = significand.ToString(CultureInfo.InvariantCulture);
        var digitCount = digits.Length;
        var scientificExponent = digitCount - 1 + exponent;

        if (scientificExponent >= 34 || scientificExponent <= -7 || exponent > 0)
        {
            if (digitCount > MaxDigits)
            {
                // A non-canonical coefficient (too many digits) reads as zero.
                sb.Append('0');
                if (exponent > 0) sb.Append("E+").Append(exponent);
                else if (exponent < 0) sb.Append('E').Append(exponent);
                return sb.ToString();
            }
            sb.Append(digits[0]);
            if (digitCount > 1) sb.Append('.').Append(digits, 1, digitCount - 1);
            sb.Append('E');
            if (scientificExponent > 0) sb.Append('+');
            sb.Append(scientificExponent.ToString(CultureInfo.InvariantCulture));
            return sb.ToString();
        }

        if (exponent >= 0) return sb.Append(digits).ToString();
        var radixPosition = digitCount + exponent;
        if (radixPosition > 0)
        {
            sb.Append(digits, 0, radixPosition).Append('.').Append(digits, radixPosition, digitCount - radixPosition);
        }
        else
        {
            sb.Append("0.").Append('0', -radixPosition).Append(digits);
        }
        return sb.ToString();
    }
}
