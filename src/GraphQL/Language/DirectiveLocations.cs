namespace StudyGraph.GraphQL.Language;

/// <summary>Converts between <see cref="DirectiveLocation"/> and its spec name (e.g. FIELD_DEFINITION).</summary>
public static class DirectiveLocations
{
    private static readonly string[] Names =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    ];

    /// <summary>The spec name of <paramref name="location"/>.</summary>
    public static string ToName(this DirectiveLocation location) => Names[(int)location];

    /// <summary>Parses a spec name; false when it names no location.</summary>
    public static bool TryParse(string name, out DirectiveLocation location)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.Ordinal))
            {
                location = (DirectiveLocation)i;
                return true;
            }
        }
        location = default;
        return false;
    }
}
