using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Utilities.Sdl;

internal sealed partial class SdlValidator
{
    private void Walk()
    {
        foreach (var def in _document.Definitions)
        {
            switch (def)
            {
                case SchemaDefinitionNode s:
                    CheckLoneSchema(s);
                    CheckOperationTypes(s.OperationTypes);
                    CheckDirectivesPerLocation(s.Directives, _schemaDirectives);
                    WalkDirectives(s.Directives, "SCHEMA");
                    foreach (var op in s.OperationTypes) CheckNamedType(op.Type);
                    break;
                case SchemaExtensionNode s:
                    CheckOperationTypes(s.OperationTypes);
                    CheckDirectivesPerLocation(s.Directives, _schemaDirectives);
                    WalkDirectives(s.Directives, "SCHEMA");
                    foreach (var op in s.OperationTypes) CheckNamedType(op.Type);
                    break;
                case TypeDefinitionNode t:
                    CheckUniqueTypeName(t);
                    CheckTypeMembers(t.Name.Value, t);
                    CheckDirectivesPerLocation(t.Directives, TypeDirectives(t.Name.Value));
                    WalkTypeChildren(t, t.Directives);
                    break;
                case TypeExtensionNode e:
                    CheckTypeMembers(e.Name.Value, e);
                    CheckDirectivesPerLocation(e.Directives, TypeDirectives(e.Name.Value));
                    CheckPossibleExtension(e);
                    WalkTypeChildren(e, e.Directives);
                    break;
                case DirectiveDefinitionNode d:
                    CheckUniqueArgumentDefinitions("@" + d.Name.Value, d.Arguments);
                    CheckUniqueDirectiveName(d);
                    foreach (var a in d.Arguments) WalkInputValue(a, "ARGUMENT_DEFINITION");
                    break;
                case ExecutableDefinitionNode e:
                    WalkExecutable(e);
                    break;
            }
        }
    }

    private void WalkTypeChildren(AstNode node, IReadOnlyList<DirectiveNode> directives)
    {
        var location = LocationOf(node);
        switch (node)
        {
            case ObjectTypeDefinitionNode o: WalkComplex(o.Interfaces, directives, location, o.Fields); break;
            case ObjectTypeExtensionNode o: WalkComplex(o.Interfaces, directives, location, o.Fields); break;
            case InterfaceTypeDefinitionNode i: WalkComplex(i.Interfaces, directives, location, i.Fields); break;
            case InterfaceTypeExtensionNode i: WalkComplex(i.Interfaces, directives, location, i.Fields); break;
            case UnionTypeDefinitionNode u:
                WalkDirectives(directives, location);
                foreach (var t in u.Types) CheckNamedType(t);
                break;
            case UnionTypeExtensionNode u:
                WalkDirectives(directives, location);
                foreach (var t in u.Types) CheckNamedType(t);
                break;
            case EnumTypeDefinitionNode e:
                WalkDirectives(directives, location);
                WalkEnumValues(e.Values);
                break;
            case EnumTypeExtensionNode e:
                WalkDirectives(directives, location);
                WalkEnumValues(e.Values);
                break;
            case InputObjectTypeDefinitionNode io:
                WalkDirectives(directives, location);
                foreach (var f in io.Fields) WalkInputValue(f, "INPUT_FIELD_DEFINITION");
                break;
            case InputObjectTypeExtensionNode io:
                WalkDirectives(directives, location);
                // graphql-js decides the location from the grandparent's kind, which is only a definition here:
                // directives on fields of an input extension count as ARGUMENT_DEFINITION.
                foreach (var f in io.Fields) WalkInputValue(f, "ARGUMENT_DEFINITION");
                break;
            default:
                WalkDirectives(directives, location);
                break;
        }
    }

    private void WalkComplex(IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, string location, IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (var i in interfaces) CheckNamedType(i);
        WalkDirectives(directives, location);
        foreach (var f in fields)
        {
            CheckDirectivesPerLocation(f.Directives, null);
            foreach (var a in f.Arguments) WalkInputValue(a, "ARGUMENT_DEFINITION");
            WalkType(f.Type);
            WalkDirectives(f.Directives, "FIELD_DEFINITION");
        }
    }

    private void WalkEnumValues(IReadOnlyList<EnumValueDefinitionNode> values)
    {
        foreach (var v in values)
        {
            CheckDirectivesPerLocation(v.Directives, null);
            WalkDirectives(v.Directives, "ENUM_VALUE");
        }
    }

    private void WalkInputValue(InputValueDefinitionNode value, string location)
    {
        CheckDirectivesPerLocation(value.Directives, null);
        WalkType(value.Type);
        if (value.DefaultValue is not null) WalkValue(value.DefaultValue);
        WalkDirectives(value.Directives, location);
    }

    private void WalkType(TypeNode type)
    {
        switch (type)
        {
            case NamedTypeNode n: CheckNamedType(n); break;
            case ListTypeNode l: WalkType(l.Type); break;
            case NonNullTypeNode nn: WalkType(nn.Type); break;
        }
    }

    private void WalkDirectives(IReadOnlyList<DirectiveNode> directives, string location)
    {
        foreach (var d in directives)
        {
            CheckKnownDirective(d, location);
            CheckKnownDirectiveArguments(d);
            CheckUniqueArguments(d.Arguments);
            foreach (var a in d.Arguments) WalkValue(a.Value);
            CheckRequiredDirectiveArguments(d);
        }
    }

    private void WalkValue(ValueNode value)
    {
        switch (value)
        {
            case ListValueNode l:
                foreach (var v in l.Values) WalkValue(v);
                break;
            case ObjectValueNode o:
                {
                    var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                    foreach (var f in o.Fields)
                    {
                        if (known.TryGetValue(f.Name.Value, out var first))
                            Report($"There can be only one input field named \"{f.Name.Value}\".", first, f.Name);
                        else known[f.Name.Value] = f.Name;
                        WalkValue(f.Value);
                    }
                    break;
                }
        }
    }

    private static string LocationOf(AstNode node) => node switch
    {
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "SCALAR",
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "OBJECT",
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "INTERFACE",
        UnionTypeDefinitionNode or UnionTypeExtensionNode => "UNION",
        EnumTypeDefinitionNode or EnumTypeExtensionNode => "ENUM",
        _ => "INPUT_OBJECT",
    };
}
