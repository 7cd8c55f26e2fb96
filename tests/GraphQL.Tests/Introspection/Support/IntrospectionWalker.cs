using System.Collections;
using System.Text.Json.Nodes;
using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Introspection;
using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Tests.Introspection.Support;

/// <summary>A selection of the introspection query: a field, whether it asks for deprecated items, and its sub-selection.</summary>
internal sealed record Sel(string Field, Sel[]? Sub = null, bool IncludeDeprecated = false);

/// <summary>
/// Runs graphql-js's full introspection query (getIntrospectionQuery with every option) over our introspection
/// resolvers, without the executor: enough to compare the result with graphql-js's introspectionFromSchema.
/// </summary>
internal static class IntrospectionWalker
{
    private static readonly Sel[] TypeRef = BuildTypeRef(8);

    private static readonly Sel[] InputValue =
        [new("name"), new("description"), new("type", TypeRef), new("defaultValue"), new("isDeprecated"), new("deprecationReason")];

    private static readonly Sel[] FullType =
    [
        new("kind"), new("name"), new("description"), new("specifiedByURL"), new("isOneOf"),
        new("fields", [new("name"), new("description"), new("args", InputValue, true), new("type", TypeRef), new("isDeprecated"), new("deprecationReason")], true),
        new("inputFields", InputValue, true),
        new("interfaces", TypeRef),
        new("enumValues", [new("name"), new("description"), new("isDeprecated"), new("deprecationReason")], true),
        new("possibleTypes", TypeRef),
    ];

    private static readonly Sel[] Query =
    [
        new("__schema",
        [
            new("description"),
            new("queryType", [new("name"), new("kind")]),
            new("mutationType", [new("name"), new("kind")]),
            new("subscriptionType", [new("name"), new("kind")]),
            new("types", FullType),
            new("directives", [new("name"), new("description"), new("isRepeatable"), new("locations"), new("args", InputValue, true)]),
        ]),
    ];

    public static async Task<JsonObject> Run(GraphQLSchema schema)
    {
        var result = new JsonObject();
        foreach (var sel in Query)
        {
            var field = MetaFields.Schema;
            result[sel.Field] = await Complete(schema, field.Type, await Resolve(schema, schema.QueryType!, field, null, sel), sel.Sub);
        }
        return result;
    }

    private static Sel[] BuildTypeRef(int depth)
        => depth == 0 ? [new("kind"), new("name")] : [new("kind"), new("name"), new("ofType", BuildTypeRef(depth - 1))];

    private static ValueTask<object?> Resolve(GraphQLSchema schema, ObjectType parent, FieldDefinition field, object? source, Sel sel)
    {
        var args = new Dictionary<string, object?>();
        foreach (var a in field.Arguments)
        {
            if (a.Name == "includeDeprecated") args[a.Name] = sel.IncludeDeprecated;
            else if (a.HasDefaultValue) args[a.Name] = a.DefaultValue;
        }
        return field.Resolver!(new ResolveFieldContext { Source = source, Schema = schema, ParentType = parent, FieldDefinition = field, Arguments = args });
    }

    private static async Task<JsonNode?> Complete(GraphQLSchema schema, GraphQLType type, object? value, Sel[]? sub)
    {
        if (type is NonNullType nn) type = nn.OfType;
        if (value is null) return null;
        switch (type)
        {
            case ListType list:
                {
                    var array = new JsonArray();
                    foreach (var item in (IEnumerable)value) array.Add(await Complete(schema, list.OfType, item, sub));
                    return array;
                }
            case ScalarType scalar:
                return JsonValue.Create(scalar.Serialize(value).Value);
            case EnumType e:
                return JsonValue.Create(e.Serialize(value).Value);
            case ObjectType o:
                {
                    var obj = new JsonObject();
                    foreach (var sel in sub!)
                    {
                        var field = o.GetField(sel.Field) ?? throw new InvalidOperationException($"{o.Name} has no field {sel.Field}");
                        obj[sel.Field] = await Complete(schema, field.Type, await Resolve(schema, o, field, value, sel), sel.Sub);
                    }
                    return obj;
                }
            default:
                throw new InvalidOperationException("unexpected type " + type);
        }
    }
}
