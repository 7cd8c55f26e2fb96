using StudyGraph.GraphQL.Introspection;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Utilities.Sdl;

/// <summary>
/// Validates an SDL document before a schema is built from it: graphql-js's <c>specifiedSDLRules</c>
/// (unique names, known types and directives, directive locations and arguments, possible extensions).
/// One walk over the document runs every rule at each node in graphql-js's rule order, so errors come out
/// in the order graphql-js's parallel visitor reports them.
/// </summary>
internal sealed partial class SdlValidator
{
    private static readonly string[] StandardTypeNames =
        ["String", "Int", "Float", "Boolean", "ID", "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind"];

    private readonly DocumentNode _document;
    private readonly List<GraphQLError> _errors = [];
    private readonly Dictionary<string, TypeDefinitionNode> _definedTypes = new(StringComparer.Ordinal);
    private readonly List<string> _definedTypeNames = [];
    private readonly Dictionary<string, List<string>> _directiveLocations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _directiveArgs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _directiveUnique = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Name, string Type)>> _directiveRequiredArgs = new(StringComparer.Ordinal);

    private SdlValidator(DocumentNode document)
    {
        _document = document;
        foreach (var d in DirectiveDefinition.Specified)
        {
            var locations = new List<string>();
            foreach (var l in d.Locations) locations.Add(l.ToName());
            _directiveLocations[d.Name] = locations;
            var args = new List<string>();
            var required = new List<(string, string)>();
            foreach (var a in d.Arguments)
            {
                args.Add(a.Name);
                if (a.IsRequired) required.Add((a.Name, $"{a.Type}"));
            }
            _directiveArgs[d.Name] = args;
            _directiveRequiredArgs[d.Name] = required;
            _directiveUnique[d.Name] = !d.IsRepeatable;
        }
        foreach (var def in document.Definitions)
        {
            switch (def)
            {
                case TypeDefinitionNode t:
                    if (!_definedTypes.ContainsKey(t.Name.Value)) _definedTypeNames.Add(t.Name.Value);
                    _definedTypes[t.Name.Value] = t;
                    break;
                case DirectiveDefinitionNode d:
                    {
                        var locations = new List<string>();
                        foreach (var l in d.Locations) locations.Add(l.Value);
                        _directiveLocations[d.Name.Value] = locations;
                        var args = new List<string>();
                        var required = new List<(string, string)>();
                        foreach (var a in d.Arguments)
                        {
                            args.Add(a.Name.Value);
                            if (a.Type is not NonNullTypeNode || a.DefaultValue is not null) continue;
                            // keyMap: a later required argument of the same name replaces the earlier one in place
                            var at = required.FindIndex(r => r.Item1 == a.Name.Value);
                            if (at >= 0) required[at] = (a.Name.Value, Printer.Print(a.Type));
                            else required.Add((a.Name.Value, Printer.Print(a.Type)));
                        }
                        _directiveArgs[d.Name.Value] = args;
                        _directiveRequiredArgs[d.Name.Value] = required;
                        _directiveUnique[d.Name.Value] = !d.Repeatable;
                        break;
                    }
            }
        }
    }

    /// <summary>Every SDL-rule error in <paramref name="document"/>, in graphql-js's order.</summary>
    public static List<GraphQLError> Validate(DocumentNode document)
    {
        var v = new SdlValidator(document);
        v.Walk();
        return v._errors;
    }

    private void Report(string message, params ReadOnlySpan<AstNode?> nodes) => _errors.Add(GraphQLError.At(message, nodes));

    private static bool IsStandardTypeName(string name) => Array.IndexOf(StandardTypeNames, name) >= 0
        || IntrospectionTypes.IsIntrospectionTypeName(name);
}
