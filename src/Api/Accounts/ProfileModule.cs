using StudyGraph.Api.Context;
using StudyGraph.Api.Errors;
using StudyGraph.Api.Schema;
using StudyGraph.Domain.Accounts;
using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.Api.Accounts;

/// <summary>The signed-in user's own account: <c>updateProfile</c>, <c>exportMyData</c>, <c>deleteMyAccount</c>.</summary>
public sealed class ProfileModule : IResolverModule
{
    /// <inheritdoc />
    public void Register(SchemaBuilder schema)
    {
        schema.Root("Mutation", "updateProfile", UpdateProfileAsync);
        schema.Root("Mutation", "exportMyData", ExportAsync);
        schema.Root("Mutation", "deleteMyAccount", DeleteAsync);
        schema.For<ExportPayload>("ExportMyDataPayload")
            .Field("data", p => p.Data)
            .Field("errors", p => p.Errors);
    }

    private static async ValueTask<UserPayload> UpdateProfileAsync(ResolveFieldContext c)
    {
        var viewer = c.RequireViewer();
        var input = c.GetArgument<UpdateProfileInput>("input");
        var update = new ProfileUpdate(input.DisplayName, null, input.TimeZone, input.DefaultQuestionCount, input.PoolShare);
        var result = await c.GetRequiredService<AccountService>().UpdateProfileAsync(viewer.UserId, update, c.CancellationToken).ConfigureAwait(false);
        if (result.IsSuccess) return new UserPayload(new UserNode(result.Value), []);
        var error = AccountErrors.ToUserError(result.Error);
        // The Domain checks the preferences as a whole; name the input field that changed.
        if (result.Error.Field == "preferences") error = error with { Field = PreferenceField(input) };
        return new UserPayload(null, [error]);
    }

    private static async ValueTask<ExportPayload> ExportAsync(ResolveFieldContext c)
    {
        var viewer = c.RequireViewer();
        var format = c.GetArgument<ExportMyDataInput?>("input")?.Format;
        if (format is not null && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
            return new ExportPayload(null, [UserError.Validation($"Unknown export format '{format}'; only JSON is available.", "input.format")]);
        var result = await c.GetRequiredService<AccountService>().ExportAsync(viewer.UserId, c.CancellationToken).ConfigureAwait(false);
        return result.IsSuccess
            ? new ExportPayload(ExportJson.ToElement(result.Value), [])
            : new ExportPayload(null, [AccountErrors.ToUserError(result.Error)]);
    }

    private static async ValueTask<SuccessPayload> DeleteAsync(ResolveFieldContext c)
    {
        var viewer = c.RequireViewer();
        var input = c.GetArgument<DeleteMyAccountInput>("input");
        var result = await c.GetRequiredService<AccountService>().DeleteAsync(viewer.UserId, input.Password, c.CancellationToken).ConfigureAwait(false);
        if (result.IsSuccess) return SuccessPayload.Ok;
        var error = AccountErrors.ToUserError(result.Error);
        return SuccessPayload.Failed(result.Error.Code == AccountErrorCodes.InvalidCredentials ? error with { Message = "The password is incorrect." } : error);
    }

    private static string PreferenceField(UpdateProfileInput input) =>
        input.TimeZone is not null ? "input.timeZone"
        : input.DefaultQuestionCount is not null ? "input.defaultQuestionCount"
        : input.PoolShare is not null ? "input.poolShare"
        : "input";
}
