using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Execution;

/// <summary>Everything a resolver knows about the field it resolves: the parent value, coerced arguments, the field, its path and the request.</summary>
public sealed class ResolveFieldContext
{
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>();

    /// <summary>The parent value: the object the field is resolved on (the root value for root fields).</summary>
    public required object? Source { get; init; }

    /// <summary>The coerced argument values: absent arguments without a default are missing (not null).</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; init; } = NoArguments;

    /// <summary>The field being resolved.</summary>
    public required FieldDefinition FieldDefinition { get; init; }

    /// <summary>The object type the field belongs to.</summary>
    public required ObjectType ParentType { get; init; }

    /// <summary>The schema.</summary>
    public required GraphQLSchema Schema { get; init; }

    /// <summary>The response path of the field: response keys (string) and list indices (int).</summary>
    public IReadOnlyList<object> Path { get; init; } = [];

    /// <summary>The field nodes of the document merged into this field (same response key).</summary>
    public IReadOnlyList<FieldNode> FieldNodes { get; init; } = [];

    /// <summary>The operation being executed, or null outside an execution.</summary>
    public OperationDefinitionNode? Operation { get; init; }

    /// <summary>The coerced variable values of the operation.</summary>
    public IReadOnlyDictionary<string, object?> Variables { get; init; } = NoArguments;

    /// <summary>Cancelled when the request is aborted.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>The request's services (e.g. ASP.NET Core's <c>HttpContext.RequestServices</c>), or null.</summary>
    public IServiceProvider? RequestServices { get; init; }

    /// <summary>A per-request bag shared by all resolvers of the request (authenticated user, loaders, ...).</summary>
    public IDictionary<string, object?> UserContext { get; init; } = new Dictionary<string, object?>();

    /// <summary>The field's name.</summary>
    public string FieldName => FieldDefinition.Name;

    /// <summary>The field's return type.</summary>
    public GraphQLType ReturnType => FieldDefinition.Type;

    /// <summary>Whether the argument was given (or has a default).</summary>
    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>
    /// The argument <paramref name="name"/> converted to <typeparamref name="T"/> (numbers widened, enum names to CLR enums,
    /// input objects to records or classes, lists to arrays or lists), or <paramref name="defaultValue"/> when absent or null.
    /// </summary>
    /// <exception cref="InvalidCastException">When the value cannot be converted to <typeparamref name="T"/>.</exception>
    public T GetArgument<T>(string name, T defaultValue = default!)
    {
        if (!Arguments.TryGetValue(name, out var value) || value is null) return defaultValue;
        if (value is T t) return t;
        return (T)ClrValueConverter.Convert(value, typeof(T))!;
    }

    /// <summary>The service of type <typeparamref name="T"/> from <see cref="RequestServices"/>.</summary>
    /// <exception cref="InvalidOperationException">When no services are available or the service is not registered.</exception>
    public T GetRequiredService<T>() where T : notnull
    {
        var services = RequestServices ?? throw new InvalidOperationException("No request services are available to resolve " + typeof(T).Name + ".");
        return (T)(services.GetService(typeof(T)) ?? throw new InvalidOperationException("No service of type " + typeof(T).Name + " is registered."));
    }
}
