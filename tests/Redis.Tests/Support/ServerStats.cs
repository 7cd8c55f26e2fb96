using System.Globalization;

namespace StudyGraph.Redis.Tests.Support;

/// <summary>Reads counters out of the server's INFO text.</summary>
public static class ServerStats
{
    /// <summary>How many PING commands the server has executed, from <c>INFO commandstats</c>.</summary>
    public static int PingCalls(string info)
    {
        foreach (var line in info.Split("\r\n"))
        {
            if (line.StartsWith("cmdstat_ping:calls=", StringComparison.Ordinal))
                return int.Parse(line["cmdstat_ping:calls=".Length..].Split(',')[0], CultureInfo.InvariantCulture);
        }
        return 0;
    }
}
