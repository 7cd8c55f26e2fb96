using Microsoft.AspNetCore.Authentication.JwtBearer;
using StudyGraph.Api.Configuration;
using StudyGraph.GraphQL.AspNetCore;

namespace StudyGraph.Api.Auth;

/// <summary>Authentication and authorization wiring (JWT bearer for HTTP, the connection_init payload for websockets).</summary>
public static class AuthServices
{
    /// <summary>
    /// Registers the signing key (<see cref="JwtSettings"/>, checked now: Production without <c>Jwt:SigningKey</c> throws
    /// <see cref="SettingsException"/>), token issuing and validation, JwtBearer, the request-context provider and the
    /// login/registration rate limits.
    /// </summary>
    public static IServiceCollection AddStudyGraphAuth(this IServiceCollection services, StudyGraphSettings settings, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _ = environment; // settings.IsProduction carries the environment
        var jwt = JwtSettings.Load(configuration, settings);
        var limiter = AuthRateLimiter.FromConfiguration(configuration);
        services.AddSingleton(jwt);
        services.AddSingleton(limiter);
        services.AddSingleton(sp => new AccessTokenIssuer(jwt, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(new AccessTokenValidator(jwt));
        services.AddSingleton<IGraphQLRequestContextProvider, JwtContextProvider>();
        services.AddHostedService<DevelopmentKeyNotice>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<AccessTokenValidator>((o, validator) =>
        {
            o.MapInboundClaims = false;
            o.TokenValidationParameters = validator.Parameters;
            // An API: no redirects or challenges; JwtContextProvider answers refused tokens itself.
            o.RequireHttpsMetadata = false;
            o.SaveToken = false;
        });
        return services;
    }

    /// <summary>Adds the authentication middleware (before the GraphQL endpoint).</summary>
    public static WebApplication UseStudyGraphAuth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        return app;
    }
}
