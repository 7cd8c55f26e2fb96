namespace StudyGraph.Redis;

internal sealed partial class RespConnection
{
    private async Task HandshakeAsync(RedisOptions options, CancellationToken cancellationToken)
    {
        if (options.Protocol == 3)
        {
            var hello = new List<RedisArgument> { "HELLO", 3 };
            if (options.Password is not null) { hello.Add("AUTH"); hello.Add(options.User ?? "default"); hello.Add(options.Password); }
            if (options.ClientName is not null) { hello.Add("SETNAME"); hello.Add(options.ClientName); }
            await CheckAsync([.. hello], "HELLO 3", options, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            if (options.Password is not null)
            {
                RedisArgument[] auth = options.User is null ? ["AUTH", options.Password] : ["AUTH", options.User, options.Password];
                await CheckAsync(auth, "AUTH", options, cancellationToken).ConfigureAwait(false);
            }
            if (options.ClientName is not null) await CheckAsync(["CLIENT", "SETNAME", options.ClientName], "CLIENT SETNAME", options, cancellationToken).ConfigureAwait(false);
        }
        if (options.DefaultDatabase != 0) await CheckAsync(["SELECT", options.DefaultDatabase], $"SELECT {options.DefaultDatabase}", options, cancellationToken).ConfigureAwait(false);
        await CheckAsync(["PING"], "PING", options, cancellationToken).ConfigureAwait(false);
    }

    private async Task CheckAsync(RedisArgument[] command, string what, RedisOptions options, CancellationToken cancellationToken)
    {
        Write(command);
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        var reply = await ReadAsync(cancellationToken).ConfigureAwait(false);
        while (reply.Type == RespType.Push) reply = await ReadAsync(cancellationToken).ConfigureAwait(false);
        if (!reply.IsError) return;
        var text = reply.AsString() ?? "";
        var server = new RedisServerException($"Redis {EndPoint}: {what} failed: {text}", text);
        switch (server.Prefix)
        {
            case "WRONGPASS":
                throw new RedisAuthenticationException(EndPoint, $"Redis {EndPoint}: authentication failed for user '{options.User ?? "default"}': {text}", server);
            case "NOAUTH":
                throw new RedisAuthenticationException(EndPoint, $"Redis {EndPoint}: the server requires a password and {(options.Password is null ? "none is configured" : "it was not accepted")}: {text}", server);
            case "ERR" when what == "AUTH":
                throw new RedisAuthenticationException(EndPoint, $"Redis {EndPoint}: AUTH failed: {text}", server);
            default:
                throw server;
        }
    }
}
