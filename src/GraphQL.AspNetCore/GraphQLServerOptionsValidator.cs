using Microsoft.Extensions.Options;

namespace StudyGraph.GraphQL.AspNetCore;

/// <summary>Refuses invalid <see cref="GraphQLServerOptions"/> at start-up with a message naming the setting.</summary>
internal sealed class GraphQLServerOptionsValidator : IValidateOptions<GraphQLServerOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphQLServerOptions options) =>
        options.Validate() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
