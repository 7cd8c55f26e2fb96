using System.Globalization;

namespace StudyGraph.Mongo.Bson;

public readonly partial struct Decimal128
{
    /// <summary>Parses the specification's string form; throws <see cref="FormatException"/> when it is not an exact Decimal128.</summary>
    public static Decimal128 Parse(string text)
    {
        if (!TryParse(text, out var value, out var error)) throw new FormatException($"\"{text}\" is not a valid Decimal128 string - {error}");
        return value;
    }

    /// <summary>Parses the specification's string form; false (with the reason) when it is not an exact Decimal128.</summary>
    public static bool TryParse(string? text, out Decimal128 value, out string error)
    {
        value = default;
        error = "";
        if (string.IsNullOrEmpty(text) || text.Length >= 7000) { error = "empty or too long"; return false; }
        var i = 0;
        var negative = false;
        if (text[0] is '+' or '-') { negative = text[0] == '-'; i = 1; }
        var rest = text.AsSpan(i);
        if (rest.Equals("inf", StringComparison.OrdinalIgnoreCase) || rest.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? NegativeInfinity : PositiveInfinity;
            return true;
        }
        if (rest.Equals("nan", StringComparison.OrdinalIgnoreCase)) { value = NaN; return true; }

        Span<char> digits = stackalloc char[MaxDigits + 1];
        var stored = 0;           // significant digits kept (leading zeros skipped)
        var droppedNonZero = false;
        var dropped = 0;          // significant digits beyond the buffer (must be zero)
        var fractionDigits = 0;
        var digitsRead = 0;
        var sawRadix = false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.')
            {
                if (sawRadix) { error = "contains multiple periods"; return false; }
                sawRadix = true;
                continue;
            }
            if (c is < '0' or > '9') break;
            digitsRead++;
            if (sawRadix) fractionDigits++;
            if (stored == 0 && c == '0') continue;
            if (stored < MaxDigits + 1 && dropped == 0) digits[stored++] = c;
            else { dropped++; if (c != '0') droppedNonZero = true; }
        }
        if (digitsRead == 0) { error = "missing digits"; return false; }

        long exponent = 0;
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            var expNegative = false;
            if (i < text.Length && text[i] is '+' or '-') { expNegative = text[i] == '-'; i++; }
            var expDigits = 0;
            for (; i < text.Length && text[i] is >= '0' and <= '9'; i++)
            {
                if (exponent < 100_000_000) exponent = exponent * 10 + (text[i] - '0');
                expDigits++;
            }
            if (expDigits == 0) { error = "missing exponent power"; return false; }
            if (expNegative) exponent = -exponent;
        }
        if (i != text.Length) { error = $"unexpected character '{text[i]}'"; return false; }

        exponent = exponent - fractionDigits + dropped;
        if (droppedNonZero) { error = "inexact rounding"; return false; }
        var count = stored;
        if (count == 0)
        {
            value = Encode(negative, UInt128.Zero, (int)Math.Clamp(exponent, ExponentMin, ExponentMax));
            return true;
        }
        // Too many digits: drop trailing zeros only.
        while (count > MaxDigits)
        {
            if (digits[count - 1] != '0') { error = "inexact rounding"; return false; }
            count--;
            exponent++;
        }
        // Exponent too large: shift into the coefficient (clamping) while digits remain.
        while (exponent > ExponentMax)
        {
            if (count >= MaxDigits) { error = "overflow"; return false; }
            digits[count++] = '0';
            exponent--;
        }
        // Exponent too small: drop trailing zeros.
        while (exponent < ExponentMin)
        {
            if (count <= 1 || digits[count - 1] != '0') { error = "exponent underflow"; return false; }
            count--;
            exponent++;
        }
        var coefficient = UInt128.Parse(digits[..count], NumberStyles.None, CultureInfo.InvariantCulture);
        value = Encode(negative, coefficient, (int)exponent);
        return true;
    }
}
