namespace StudyGraph.GraphQL.Execution;

/// <summary>
/// Resolves one field for one source value. The result may be a plain value, a list (<see cref="System.Collections.IEnumerable"/>)
/// or null; asynchronous work completes the returned task. Throwing produces a field error at the field's path.
/// </summary>
public delegate ValueTask<object?> FieldResolver(ResolveFieldContext context);

/// <summary>
/// Creates the source event stream of a subscription root field (the specification's <c>ResolveFieldEventStream</c>):
/// each item is an event that the field's <see cref="FieldResolver"/> then maps to a response.
/// </summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscriptionResolver(ResolveFieldContext context);
