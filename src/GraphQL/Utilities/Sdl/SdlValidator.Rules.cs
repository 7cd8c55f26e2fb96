using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Utilities.Sdl;

internal sealed partial class SdlValidator
{
    private int _schemaDefinitions;
    private readonly Dictionary<OperationType, OperationTypeDefinitionNode> _operationTypes = new();
    private readonly Dictionary<string, NameNode> _typeNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, NameNode>> _enumValues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, NameNode>> _fieldNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NameNode> _directiveNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);

    // LoneSchemaDefinitionRule
    private void CheckLoneSchema(SchemaDefinitionNode node)
    {
        if (_schemaDefinitions > 0) Report("Must provide only one schema definition.", node);
        _schemaDefinitions++;
    }

    // UniqueOperationTypesRule
    private void CheckOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        foreach (var op in operationTypes)
        {
            if (_operationTypes.TryGetValue(op.Operation, out var existing))
                Report($"There can be only one {Printer.OperationName(op.Operation)} type in schema.", existing, op);
            else _operationTypes[op.Operation] = op;
        }
    }

    // UniqueTypeNamesRule
    private void CheckUniqueTypeName(TypeDefinitionNode node)
    {
        if (_typeNames.TryGetValue(node.Name.Value, out var first))
            Report($"There can be only one type named \"{node.Name.Value}\".", first, node.Name);
        else _typeNames[node.Name.Value] = node.Name;
    }

    // UniqueEnumValueNamesRule, UniqueFieldDefinitionNamesRule, UniqueArgumentDefinitionNamesRule (per type node)
    private void CheckTypeMembers(string typeName, AstNode node)
    {
        switch (node)
        {
            case EnumTypeDefinitionNode e: CheckEnumValues(typeName, e.Values); break;
            case EnumTypeExtensionNode e: CheckEnumValues(typeName, e.Values); break;
            case InputObjectTypeDefinitionNode io: CheckFieldNames(typeName, io.Fields, f => f.Name); break;
            case InputObjectTypeExtensionNode io: CheckFieldNames(typeName, io.Fields, f => f.Name); break;
            case InterfaceTypeDefinitionNode i: CheckFieldNames(typeName, i.Fields, f => f.Name); CheckFieldArguments(typeName, i.Fields); break;
            case InterfaceTypeExtensionNode i: CheckFieldNames(typeName, i.Fields, f => f.Name); CheckFieldArguments(typeName, i.Fields); break;
            case ObjectTypeDefinitionNode o: CheckFieldNames(typeName, o.Fields, f => f.Name); CheckFieldArguments(typeName, o.Fields); break;
            case ObjectTypeExtensionNode o: CheckFieldNames(typeName, o.Fields, f => f.Name); CheckFieldArguments(typeName, o.Fields); break;
        }
    }

    private void CheckEnumValues(string typeName, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        if (!_enumValues.TryGetValue(typeName, out var known)) _enumValues[typeName] = known = new(StringComparer.Ordinal);
        foreach (var v in values)
        {
            if (known.TryGetValue(v.Name.Value, out var first))
                Report($"Enum value \"{typeName}.{v.Name.Value}\" can only be defined once.", first, v.Name);
            else known[v.Name.Value] = v.Name;
        }
    }

    private void CheckFieldNames<T>(string typeName, IReadOnlyList<T> fields, Func<T, NameNode> name)
    {
        if (!_fieldNames.TryGetValue(typeName, out var known)) _fieldNames[typeName] = known = new(StringComparer.Ordinal);
        foreach (var f in fields)
        {
            var n = name(f);
            if (known.TryGetValue(n.Value, out var first))
                Report($"Field \"{typeName}.{n.Value}\" can only be defined once.", first, n);
            else known[n.Value] = n;
        }
    }

    private void CheckFieldArguments(string typeName, IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (var f in fields) CheckUniqueArgumentDefinitions(typeName + "." + f.Name.Value, f.Arguments);
    }

    private void CheckUniqueArgumentDefinitions(string parentName, IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        foreach (var group in GroupByName(arguments, a => a.Name))
        {
            if (group.Value.Count > 1)
                _errors.Add(GraphQLError.At($"Argument \"{parentName}({group.Key}:)\" can only be defined once.", [.. group.Value]));
        }
    }

    // UniqueDirectiveNamesRule
    private void CheckUniqueDirectiveName(DirectiveDefinitionNode node)
    {
        if (_directiveNames.TryGetValue(node.Name.Value, out var first))
            Report($"There can be only one directive named \"@{node.Name.Value}\".", first, node.Name);
        else _directiveNames[node.Name.Value] = node.Name;
    }

    // KnownTypeNamesRule
    private void CheckNamedType(NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (_definedTypes.ContainsKey(name) || IsStandardTypeName(name)) return;
        var options = new List<string>(StandardTypeNames);
        options.AddRange(_definedTypeNames);
        Report($"Unknown type \"{name}\"." + Suggestions.DidYouMean(Suggestions.List(name, options)), node);
    }

    // UniqueDirectivesPerLocationRule
    private Dictionary<string, DirectiveNode> TypeDirectives(string typeName)
    {
        if (!_typeDirectives.TryGetValue(typeName, out var seen)) _typeDirectives[typeName] = seen = new(StringComparer.Ordinal);
        return seen;
    }

    private void CheckDirectivesPerLocation(IReadOnlyList<DirectiveNode> directives, Dictionary<string, DirectiveNode>? seen)
    {
        seen ??= new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        foreach (var d in directives)
        {
            if (!_directiveUnique.TryGetValue(d.Name.Value, out var unique) || !unique) continue;
            if (seen.TryGetValue(d.Name.Value, out var first))
                Report($"The directive \"@{d.Name.Value}\" can only be used once at this location.", first, d);
            else seen[d.Name.Value] = d;
        }
    }

    // PossibleTypeExtensionsRule
    private void CheckPossibleExtension(TypeExtensionNode node)
    {
        var name = node.Name.Value;
        if (_definedTypes.TryGetValue(name, out var def))
        {
            if (LocationOf(def) != LocationOf(node))
            {
                var kind = LocationOf(node) switch
                {
                    "SCALAR" => "scalar",
                    "OBJECT" => "object",
                    "INTERFACE" => "interface",
                    "UNION" => "union",
                    "ENUM" => "enum",
                    _ => "input object",
                };
                Report($"Cannot extend non-{kind} type \"{name}\".", def, node);
            }
            return;
        }
        Report($"Cannot extend type \"{name}\" because it is not defined." + Suggestions.DidYouMean(Suggestions.List(name, _definedTypeNames)), node.Name);
    }

    // KnownDirectivesRule
    private void CheckKnownDirective(DirectiveNode node, string location)
    {
        if (!_directiveLocations.TryGetValue(node.Name.Value, out var locations))
        {
            Report($"Unknown directive \"@{node.Name.Value}\".", node);
            return;
        }
        if (!locations.Contains(location)) Report($"Directive \"@{node.Name.Value}\" may not be used on {location}.", node);
    }

    // KnownArgumentNamesOnDirectivesRule
    private void CheckKnownDirectiveArguments(DirectiveNode node)
    {
        if (!_directiveArgs.TryGetValue(node.Name.Value, out var known)) return;
        foreach (var a in node.Arguments)
        {
            if (known.Contains(a.Name.Value)) continue;
            Report($"Unknown argument \"{a.Name.Value}\" on directive \"@{node.Name.Value}\"." + Suggestions.DidYouMean(Suggestions.List(a.Name.Value, known)), a);
        }
    }

    // UniqueArgumentNamesRule
    private void CheckUniqueArguments(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var group in GroupByName(arguments, a => a.Name))
        {
            if (group.Value.Count > 1)
                _errors.Add(GraphQLError.At($"There can be only one argument named \"{group.Key}\".", [.. group.Value]));
        }
    }

    // ProvidedRequiredArgumentsOnDirectivesRule
    private void CheckRequiredDirectiveArguments(DirectiveNode node)
    {
        if (!_directiveRequiredArgs.TryGetValue(node.Name.Value, out var required)) return;
        foreach (var (name, type) in required)
        {
            var provided = false;
            foreach (var a in node.Arguments)
            {
                if (a.Name.Value == name) { provided = true; break; }
            }
            if (!provided) Report($"Directive \"@{node.Name.Value}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.", node);
        }
    }

    private static List<KeyValuePair<string, List<AstNode?>>> GroupByName<T>(IReadOnlyList<T> items, Func<T, NameNode> name)
    {
        var order = new List<KeyValuePair<string, List<AstNode?>>>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var n = name(item);
            if (!index.TryGetValue(n.Value, out var i))
            {
                index[n.Value] = i = order.Count;
                order.Add(new(n.Value, []));
            }
            order[i].Value.Add(n);
        }
        return order;
    }
}
