namespace StudyGraph.Mongo.Bson;

/// <summary>A BSON regular expression; options are kept in alphabetical order as the spec requires.</summary>
public sealed record BsonRegularExpression
{
    /// <summary>Creates a regular expression; <paramref name="options"/> are sorted.</summary>
    public BsonRegularExpression(string pattern, string options = "")
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(options);
        Pattern = pattern;
        var chars = options.ToCharArray();
        Array.Sort(chars);
        Options = new string(chars);
    }

    /// <summary>The pattern.</summary>
    public string Pattern { get; }

    /// <summary>The options, sorted (e.g. "imsx").</summary>
    public string Options { get; }
}
