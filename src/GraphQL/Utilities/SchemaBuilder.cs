using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Utilities.Sdl;

namespace StudyGraph.GraphQL.Utilities;

/// <summary>
/// Builds an executable schema from SDL (schema-first): <c>SchemaBuilder.FromSdl(sdl).Bind("Query", "user", ...).Build()</c>.
/// <see cref="Build"/> validates the SDL and the type system, binds resolvers and fails with one
/// <see cref="SchemaValidationException"/> listing every problem.
/// </summary>
public sealed partial class SchemaBuilder
{
    private readonly DocumentNode _document;
    private readonly Dictionary<string, ScalarCoercer> _scalars = new(StringComparer.Ordinal);
    private readonly List<FieldBinding> _fieldBindings = [];
    private readonly List<TypeBinding> _typeBindings = [];
    private readonly List<(string Type, AbstractTypeResolver Resolver)> _typeResolvers = [];
    private readonly List<(string Type, IsTypeOfPredicate Predicate)> _isTypeOf = [];
    private readonly List<(string Type, Type Enum)> _enumBindings = [];
    private SchemaBuildOptions _options = new();

    private SchemaBuilder(DocumentNode document) => _document = document;

    /// <summary>Starts from SDL text.</summary>
    /// <exception cref="GraphQLSyntaxException">When the text does not parse.</exception>
    public static SchemaBuilder FromSdl(string sdl) => new(Parser.Parse(sdl, new ParserOptions { MaxTokens = int.MaxValue, MaxDocumentLength = int.MaxValue }));

    /// <summary>Starts from a parsed SDL document.</summary>
    public static SchemaBuilder FromDocument(DocumentNode document) => new(document);

    /// <summary>
    /// Builds a schema from SDL without resolvers, as graphql-js's <c>buildSchema</c> followed by <c>validateSchema</c>.
    /// </summary>
    /// <exception cref="SchemaValidationException">With every SDL and type-system problem.</exception>
    public static GraphQLSchema BuildSchema(string sdl) => FromSdl(sdl).Build();

    /// <summary>
    /// Builds and validates <paramref name="document"/> with default resolvers; the errors are empty and the schema non-null
    /// when valid (SDL errors first: when there are any, type-system validation does not run, as in graphql-js).
    /// </summary>
    public static (GraphQLSchema? Schema, IReadOnlyList<GraphQLError> Errors) TryBuildSchema(DocumentNode document)
    {
        var sdlErrors = SdlValidator.Validate(document);
        if (sdlErrors.Count > 0) return (null, sdlErrors);
        var schema = AstSchemaBuilder.Build(document, new Dictionary<string, ScalarCoercer>());
        var errors = new List<GraphQLError>(SchemaValidator.Validate(schema));
        if (errors.Count > 0) return (null, errors);
        new SchemaBuilder(document).ApplyBindings(schema, errors); // default resolvers and type resolvers
        return errors.Count > 0 ? (null, errors) : (schema, errors);
    }

    /// <summary>Sets the options.</summary>
    public SchemaBuilder WithOptions(SchemaBuildOptions options)
    {
        _options = options;
        return this;
    }

    /// <summary>Requires every object field to be bound (see <see cref="SchemaBuildOptions.RequireExplicitResolvers"/>).</summary>
    public SchemaBuilder RequireExplicitResolvers(bool require = true)
    {
        _options = _options with { RequireExplicitResolvers = require };
        return this;
    }

    /// <summary>Gives the scalar <paramref name="name"/> declared in the SDL its coercion rules.</summary>
    public SchemaBuilder BindScalar(string name, ScalarCoercer coercer)
    {
        _scalars[name] = coercer;
        return this;
    }

    /// <summary>Sets how the interface or union <paramref name="typeName"/> picks the object type of a value.</summary>
    public SchemaBuilder ResolveType(string typeName, AbstractTypeResolver resolver)
    {
        _typeResolvers.Add((typeName, resolver));
        return this;
    }

    /// <summary>Sets how the object type <paramref name="typeName"/> recognises its values when returned for an abstract type.</summary>
    public SchemaBuilder IsTypeOf(string typeName, IsTypeOfPredicate predicate)
    {
        _isTypeOf.Add((typeName, predicate));
        return this;
    }

    /// <summary>Maps the values of the enum <paramref name="typeName"/> to the members of <typeparamref name="TEnum"/> (by name, ignoring case and underscores).</summary>
    public SchemaBuilder BindEnum<TEnum>(string typeName) where TEnum : struct, Enum
    {
        _enumBindings.Add((typeName, typeof(TEnum)));
        return this;
    }

    /// <summary>Builds the executable schema.</summary>
    /// <exception cref="SchemaValidationException">With every SDL, type-system and binding problem.</exception>
    public GraphQLSchema Build()
    {
        var sdlErrors = SdlValidator.Validate(_document);
        if (sdlErrors.Count > 0) throw new SchemaValidationException(sdlErrors);
        var schema = AstSchemaBuilder.Build(_document, _scalars);
        var errors = new List<GraphQLError>(SchemaValidator.Validate(schema));
        if (errors.Count > 0) throw new SchemaValidationException(errors);
        ApplyBindings(schema, errors);
        if (errors.Count > 0) throw new SchemaValidationException(errors);
        return schema;
    }

    private sealed record FieldBinding(string Type, string Field, FieldResolver? Resolver, SubscriptionResolver? Subscriber);

    private sealed record TypeBinding(string Type, Type ClrType);
}
