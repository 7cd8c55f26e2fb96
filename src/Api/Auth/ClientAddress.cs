namespace StudyGraph.Api.Auth;

/// <summary>
/// The client's address, the key of per-client rate limits. It is the connection's remote address; behind a reverse
/// proxy, enable ASP.NET Core's forwarded-headers middleware so that this is the real client.
/// </summary>
public static class ClientAddress
{
    /// <summary>The remote address of <paramref name="http"/> (IPv4-mapped IPv6 as IPv4), or <c>unknown</c>.</summary>
    public static string Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var address = http.Connection.RemoteIpAddress;
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return address.ToString();
    }
}
