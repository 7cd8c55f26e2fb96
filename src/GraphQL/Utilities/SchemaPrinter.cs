using System.Text;
using StudyGraph.GraphQL.Introspection;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Utilities;

/// <summary>
/// Prints a schema as SDL exactly as graphql-js's <c>printSchema</c> does: schema definition only when the root names
/// are not the conventional ones (or a description exists), custom directives, then types in type-map order; specified
/// scalars, specified directives and introspection types are left out. Descriptions become block strings when printable.
/// </summary>
public static class SchemaPrinter
{
    /// <summary>The SDL of <paramref name="schema"/> (no trailing newline, like graphql-js).</summary>
    public static string Print(GraphQLSchema schema)
    {
        var parts = new List<string>();
        var schemaDef = PrintSchemaDefinition(schema);
        if (schemaDef is not null) parts.Add(schemaDef);
        foreach (var d in schema.Directives)
        {
            if (!d.IsSpecified) parts.Add(PrintDirective(d));
        }
        foreach (var t in schema.Types)
        {
            if (t is ScalarType s && s.IsSpecified) continue;
            if (IntrospectionTypes.IsIntrospectionTypeName(t.Name)) continue;
            parts.Add(PrintType(t));
        }
        return string.Join("\n\n", parts);
    }

    /// <summary>The SDL of the specified directives and the introspection types (graphql-js's <c>printIntrospectionSchema</c>).</summary>
    public static string PrintIntrospectionSchema(GraphQLSchema schema)
    {
        var parts = new List<string>();
        foreach (var d in schema.Directives)
        {
            if (d.IsSpecified) parts.Add(PrintDirective(d));
        }
        foreach (var t in schema.Types)
        {
            if (IntrospectionTypes.IsIntrospectionTypeName(t.Name)) parts.Add(PrintType(t));
        }
        return string.Join("\n\n", parts);
    }

    private static string? PrintSchemaDefinition(GraphQLSchema schema)
    {
        if (schema.Description is null && IsSchemaOfCommonNames(schema)) return null;
        var ops = new List<string>();
        if (schema.QueryType is not null) ops.Add("  query: " + schema.QueryType.Name);
        if (schema.MutationType is not null) ops.Add("  mutation: " + schema.MutationType.Name);
        if (schema.SubscriptionType is not null) ops.Add("  subscription: " + schema.SubscriptionType.Name);
        return Description(schema.Description) + "schema {\n" + string.Join("\n", ops) + "\n}";
    }

    private static bool IsSchemaOfCommonNames(GraphQLSchema schema)
        => schema.QueryType is null or { Name: "Query" }
           && schema.MutationType is null or { Name: "Mutation" }
           && schema.SubscriptionType is null or { Name: "Subscription" };

    /// <summary>The SDL of one named type.</summary>
    public static string PrintType(NamedType type) => type switch
    {
        ScalarType s => Description(s.Description) + "scalar " + s.Name + SpecifiedBy(s.SpecifiedByUrl),
        ObjectType o => Description(o.Description) + "type " + o.Name + Implements(o) + Fields(o),
        InterfaceType i => Description(i.Description) + "interface " + i.Name + Implements(i) + Fields(i),
        UnionType u => Description(u.Description) + "union " + u.Name + (u.Types.Count > 0 ? " = " + string.Join(" | ", u.Types) : ""),
        EnumType e => Description(e.Description) + "enum " + e.Name + EnumValues(e),
        InputObjectType io => Description(io.Description) + "input " + io.Name + (io.IsOneOf ? " @oneOf" : "") + InputFields(io),
        _ => throw new InvalidOperationException("Unexpected type " + type.Name),
    };

    /// <summary>The SDL of a directive definition.</summary>
    public static string PrintDirective(DirectiveDefinition directive)
    {
        var locations = new List<string>(directive.Locations.Count);
        foreach (var l in directive.Locations) locations.Add(l.ToName());
        return Description(directive.Description) + "directive @" + directive.Name + Args(directive.Arguments, "")
            + (directive.IsRepeatable ? " repeatable" : "") + " on " + string.Join(" | ", locations);
    }

    private static string Implements(ComplexType type)
    {
        var list = type.DeclaredInterfaces.Count > 0 ? type.DeclaredInterfaces : (IReadOnlyList<NamedType>)type.Interfaces;
        return list.Count > 0 ? " implements " + string.Join(" & ", list) : "";
    }

    private static string Fields(ComplexType type)
    {
        var items = new List<string>(type.Fields.Count);
        for (var i = 0; i < type.Fields.Count; i++)
        {
            var f = type.Fields[i];
            items.Add(Description(f.Description, "  ", i == 0) + "  " + f.Name + Args(f.Arguments, "  ") + ": " + f.Type + Deprecated(f.DeprecationReason));
        }
        return Block(items);
    }

    private static string EnumValues(EnumType type)
    {
        var items = new List<string>(type.Values.Count);
        for (var i = 0; i < type.Values.Count; i++)
        {
            var v = type.Values[i];
            items.Add(Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason));
        }
        return Block(items);
    }

    private static string InputFields(InputObjectType type)
    {
        var items = new List<string>(type.Fields.Count);
        for (var i = 0; i < type.Fields.Count; i++)
        {
            var f = type.Fields[i];
            items.Add(Description(f.Description, "  ", i == 0) + "  " + InputValue(f));
        }
        return Block(items);
    }

    private static string Block(List<string> items) => items.Count != 0 ? " {\n" + string.Join("\n", items) + "\n}" : "";

    private static string Args<T>(IReadOnlyList<T> args, string indentation) where T : InputValueDefinition
    {
        if (args.Count == 0) return "";
        var allWithoutDescription = true;
        foreach (var a in args)
        {
            if (!string.IsNullOrEmpty(a.Description)) { allWithoutDescription = false; break; }
        }
        var parts = new List<string>(args.Count);
        if (allWithoutDescription)
        {
            foreach (var a in args) parts.Add(InputValue(a));
            return "(" + string.Join(", ", parts) + ")";
        }
        for (var i = 0; i < args.Count; i++)
            parts.Add(Description(args[i].Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(args[i]));
        return "(\n" + string.Join("\n", parts) + "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition value)
    {
        var decl = value.Name + ": " + value.Type;
        if (value.HasDefaultValue)
        {
            var ast = AstFromValue.Convert(value.DefaultValue, value.Type);
            if (ast is not null) decl += " = " + Printer.Print(ast);
        }
        return decl + Deprecated(value.DeprecationReason);
    }

    private static string Deprecated(string? reason)
    {
        if (reason is null) return "";
        return reason != DirectiveDefinition.DefaultDeprecationReason ? " @deprecated(reason: " + Printer.PrintString(reason) + ")" : " @deprecated";
    }

    private static string SpecifiedBy(string? url) => url is null ? "" : " @specifiedBy(url: " + Printer.PrintString(url) + ")";

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null) return "";
        var literal = IsPrintableAsBlockString(description) ? Printer.PrintBlockString(description) : Printer.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }

    /// <summary>graphql-js's <c>isPrintableAsBlockString</c>.</summary>
    internal static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0) return true;
        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case <= '\u0008' or '\u000b' or '\u000c' or (>= '\u000e' and <= '\u000f'):
                    return false;
                case '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine) return false;
                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }
        if (isEmptyLine) return false;
        if (hasCommonIndent && seenNonEmptyLine) return false;
        return true;
    }
}
