using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Utilities;
using TypesKind = StudyGraph.GraphQL.Types.TypeKind;

namespace StudyGraph.GraphQL.Introspection;

public static partial class IntrospectionTypes
{
    private static void DefineSchema()
    {
        Schema.Fields =
        [
            F("description", ScalarType.String, s => ((GraphQLSchema)s!).Description),
            F("types", NNList(Type), s => ((GraphQLSchema)s!).Types, "A list of all types supported by this server."),
            F("queryType", NN(Type), s => ((GraphQLSchema)s!).QueryType, "The type that query operations will be rooted at."),
            F("mutationType", Type, s => ((GraphQLSchema)s!).MutationType,
                "If this server supports mutation, the type that mutation operations will be rooted at."),
            F("subscriptionType", Type, s => ((GraphQLSchema)s!).SubscriptionType,
                "If this server support subscription, the type that subscription operations will be rooted at."),
            F("directives", NNList(Directive), s => ((GraphQLSchema)s!).Directives, "A list of all directives supported by this server."),
        ];
    }

    private static void DefineDirective()
    {
        Directive.Fields =
        [
            F("name", NN(ScalarType.String), s => ((DirectiveDefinition)s!).Name),
            F("description", ScalarType.String, s => ((DirectiveDefinition)s!).Description),
            F("isRepeatable", NN(ScalarType.Boolean), s => ((DirectiveDefinition)s!).IsRepeatable),
            F("locations", NNList(DirectiveLocation), s =>
            {
                var d = (DirectiveDefinition)s!;
                var names = new List<string>(d.Locations.Count);
                foreach (var l in d.Locations) names.Add(l.ToName());
                return names;
            }),
            FWithDeprecated("args", NNList(InputValue), (s, all) => Filter(((DirectiveDefinition)s!).Arguments, all, a => a.IsDeprecated)),
        ];
    }

    private static void DefineDirectiveLocation() => DefineEnum(DirectiveLocation,
        ("QUERY", "Location adjacent to a query operation."),
        ("MUTATION", "Location adjacent to a mutation operation."),
        ("SUBSCRIPTION", "Location adjacent to a subscription operation."),
        ("FIELD", "Location adjacent to a field."),
        ("FRAGMENT_DEFINITION", "Location adjacent to a fragment definition."),
        ("FRAGMENT_SPREAD", "Location adjacent to a fragment spread."),
        ("INLINE_FRAGMENT", "Location adjacent to an inline fragment."),
        ("VARIABLE_DEFINITION", "Location adjacent to a variable definition."),
        ("SCHEMA", "Location adjacent to a schema definition."),
        ("SCALAR", "Location adjacent to a scalar definition."),
        ("OBJECT", "Location adjacent to an object type definition."),
        ("FIELD_DEFINITION", "Location adjacent to a field definition."),
        ("ARGUMENT_DEFINITION", "Location adjacent to an argument definition."),
        ("INTERFACE", "Location adjacent to an interface definition."),
        ("UNION", "Location adjacent to a union definition."),
        ("ENUM", "Location adjacent to an enum definition."),
        ("ENUM_VALUE", "Location adjacent to an enum value definition."),
        ("INPUT_OBJECT", "Location adjacent to an input object type definition."),
        ("INPUT_FIELD_DEFINITION", "Location adjacent to an input object field definition."));

    private static void DefineType()
    {
        Type.Fields =
        [
            F("kind", NN(TypeKind), s => KindName(((GraphQLType)s!).Kind)),
            F("name", ScalarType.String, s => (s as NamedType)?.Name),
            F("description", ScalarType.String, s => (s as NamedType)?.Description),
            F("specifiedByURL", ScalarType.String, s => (s as ScalarType)?.SpecifiedByUrl),
            FWithDeprecated("fields", new ListType(NN(Field)), (s, all) =>
                s is ComplexType c ? Filter(c.Fields, all, f => f.IsDeprecated) : null),
            F("interfaces", new ListType(NN(Type)), s => (s as ComplexType)?.Interfaces),
            Resolved(new FieldDefinition("possibleTypes", new ListType(NN(Type))), ctx =>
                new ValueTask<object?>(ctx.Source is UnionType or InterfaceType ? ctx.Schema.GetPossibleTypes((NamedType)ctx.Source) : null)),
            FWithDeprecated("enumValues", new ListType(NN(EnumValue)), (s, all) =>
                s is EnumType e ? Filter(e.Values, all, v => v.IsDeprecated) : null),
            FWithDeprecated("inputFields", new ListType(NN(InputValue)), (s, all) =>
                s is InputObjectType io ? Filter(io.Fields, all, f => f.IsDeprecated) : null),
            F("ofType", Type, s => s switch { ListType l => l.OfType, NonNullType n => n.OfType, _ => null }),
            F("isOneOf", ScalarType.Boolean, s => s is InputObjectType io ? io.IsOneOf : null),
        ];
    }

    private static void DefineField()
    {
        Field.Fields =
        [
            F("name", NN(ScalarType.String), s => ((FieldDefinition)s!).Name),
            F("description", ScalarType.String, s => ((FieldDefinition)s!).Description),
            FWithDeprecated("args", NNList(InputValue), (s, all) => Filter(((FieldDefinition)s!).Arguments, all, a => a.IsDeprecated)),
            F("type", NN(Type), s => ((FieldDefinition)s!).Type),
            F("isDeprecated", NN(ScalarType.Boolean), s => ((FieldDefinition)s!).IsDeprecated),
            F("deprecationReason", ScalarType.String, s => ((FieldDefinition)s!).DeprecationReason),
        ];
    }

    private static void DefineInputValue()
    {
        InputValue.Fields =
        [
            F("name", NN(ScalarType.String), s => ((InputValueDefinition)s!).Name),
            F("description", ScalarType.String, s => ((InputValueDefinition)s!).Description),
            F("type", NN(Type), s => ((InputValueDefinition)s!).Type),
            F("defaultValue", ScalarType.String, s => PrintDefault((InputValueDefinition)s!),
                "A GraphQL-formatted string representing the default value for this input value."),
            F("isDeprecated", NN(ScalarType.Boolean), s => ((InputValueDefinition)s!).IsDeprecated),
            F("deprecationReason", ScalarType.String, s => ((InputValueDefinition)s!).DeprecationReason),
        ];
    }

    private static void DefineEnumValue()
    {
        EnumValue.Fields =
        [
            F("name", NN(ScalarType.String), s => ((EnumValueDefinition)s!).Name),
            F("description", ScalarType.String, s => ((EnumValueDefinition)s!).Description),
            F("isDeprecated", NN(ScalarType.Boolean), s => ((EnumValueDefinition)s!).IsDeprecated),
            F("deprecationReason", ScalarType.String, s => ((EnumValueDefinition)s!).DeprecationReason),
        ];
    }

    private static void DefineTypeKind() => DefineEnum(TypeKind,
        ("SCALAR", "Indicates this type is a scalar."),
        ("OBJECT", "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
        ("INTERFACE", "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
        ("UNION", "Indicates this type is a union. `possibleTypes` is a valid field."),
        ("ENUM", "Indicates this type is an enum. `enumValues` is a valid field."),
        ("INPUT_OBJECT", "Indicates this type is an input object. `inputFields` is a valid field."),
        ("LIST", "Indicates this type is a list. `ofType` is a valid field."),
        ("NON_NULL", "Indicates this type is a non-null. `ofType` is a valid field."));

    /// <summary>The <c>__TypeKind</c> name of <paramref name="kind"/> (<c>INPUT_OBJECT</c>).</summary>
    public static string KindName(TypesKind kind) => kind switch
    {
        TypesKind.Scalar => "SCALAR",
        TypesKind.Object => "OBJECT",
        TypesKind.Interface => "INTERFACE",
        TypesKind.Union => "UNION",
        TypesKind.Enum => "ENUM",
        TypesKind.InputObject => "INPUT_OBJECT",
        TypesKind.List => "LIST",
        _ => "NON_NULL",
    };

    /// <summary>The default value of <paramref name="value"/> printed as a literal (<c>__InputValue.defaultValue</c>), or null.</summary>
    public static string? PrintDefault(InputValueDefinition value)
    {
        if (!value.HasDefaultValue) return null;
        var ast = AstFromValue.Convert(value.DefaultValue, value.Type);
        return ast is null ? null : Printer.Print(ast);
    }
}
