using StudyGraph.Api.Schema;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.Api.Errors;

/// <summary>Binds the <c>UserError</c> interface and its implementations to <see cref="UserError"/>.</summary>
public sealed class UserErrorModule : IResolverModule
{
    private static readonly string[] Types =
    [
        "ValidationError", "NotFoundError", "EmailTakenError", "InvalidCredentialsError", "TokenError", "StaleAnswerError",
        "SessionExpiredError", "SessionNotActiveError", "ConflictError", "ImportError",
    ];

    /// <inheritdoc />
    public void Register(SchemaBuilder schema)
    {
        schema.ResolveType("UserError", (value, context, _) =>
            value is UserError e ? context.Schema.GetType(e.TypeName) as ObjectType : null);
        foreach (var type in Types)
        {
            var binder = schema.For<UserError>(type)
                .Field("message", e => e.Message)
                .Field("code", e => e.Code);
            switch (type)
            {
                case "ValidationError": binder.Field("field", e => e.Field); break;
                case "StaleAnswerError": binder.Field("currentQuestionId", e => e.CurrentQuestionId); break;
                case "SessionExpiredError": binder.Field("deadline", e => e.Deadline); break;
                case "SessionNotActiveError": binder.Field("status", e => e.Status); break;
                case "ImportError": binder.Field("problems", e => e.Problems); break;
            }
        }
        schema.For<ImportProblem>("ImportProblem")
            .Field("path", p => p.Path)
            .Field("message", p => p.Message);
    }
}
