namespace StudyGraph.GraphQL.AspNetCore;

/// <summary>
/// Options of the GraphQL transports (bound by the host from configuration section <c>GraphQL:Server</c>).
/// Validated at start-up: sizes and limits must be positive.
/// </summary>
public sealed class GraphQLServerOptions
{
    /// <summary>The largest request body, query string or WebSocket message accepted, in bytes; larger HTTP requests get 413. Default 1,000,000.</summary>
    public long MaxRequestBytes { get; set; } = 1_000_000;

    /// <summary>Operations one WebSocket connection may run at once; one more gets an <c>error</c> message for its id and the connection stays. Default 20.</summary>
    public int MaxSubscriptionsPerConnection { get; set; } = 20;

    /// <summary>How long a WebSocket may stay open without <c>connection_init</c> before it is closed with 4408. Default 10 s.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the server sends <c>ping</c> (graphql-transport-ws) or <c>ka</c> (legacy graphql-ws); zero disables it. Default 12 s.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>Whether queries may be sent by <c>GET</c> (mutations never may). Default true.</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>Whether <c>GET /graphql?sdl</c> returns the schema as <c>text/plain</c>. Default true.</summary>
    public bool EnableSdlEndpoint { get; set; } = true;

    /// <summary>The first problem with these options (naming the setting), or null when they are valid.</summary>
    public string? Validate()
    {
        if (MaxRequestBytes <= 0 || MaxRequestBytes > int.MaxValue / 2) return "GraphQL:Server:MaxRequestBytes must be between 1 and 1073741823.";
        if (MaxSubscriptionsPerConnection <= 0) return "GraphQL:Server:MaxSubscriptionsPerConnection must be positive.";
        if (ConnectionInitTimeout <= TimeSpan.Zero) return "GraphQL:Server:ConnectionInitTimeout must be positive.";
        if (KeepAliveInterval < TimeSpan.Zero) return "GraphQL:Server:KeepAliveInterval must not be negative.";
        return null;
    }
}
