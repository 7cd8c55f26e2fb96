namespace StudyGraph.Api.Accounts;

// The schema's input objects as the engine converts them (GetArgument<T>("input")). Internal: only resolvers read them.

internal sealed record RegisterInput(string? Email, string? Password, string? DisplayName);

internal sealed record LoginInput(string? Email, string? Password);

internal sealed record RefreshTokenInput(string? RefreshToken);

internal sealed record LogoutInput(string? RefreshToken, bool? AllDevices);

internal sealed record TokenInput(string? Token);

internal sealed record RequestPasswordResetInput(string? Email);

internal sealed record ResetPasswordInput(string? Token, string? NewPassword);

internal sealed record UpdateProfileInput(string? DisplayName, string? TimeZone, int? DefaultQuestionCount, double? PoolShare);

internal sealed record ExportMyDataInput(string? Format);

internal sealed record DeleteMyAccountInput(string? Password);

internal sealed record BookmarkQuestionInput(string? QuestionId, bool? Bookmarked);
