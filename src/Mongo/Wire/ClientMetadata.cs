using System.Runtime.InteropServices;
using StudyGraph.Mongo.Bson;

namespace StudyGraph.Mongo.Wire;

/// <summary>The "client" document of the handshake (MongoDB handshake specification).</summary>
public static class ClientMetadata
{
    /// <summary>Our driver name.</summary>
    public const string DriverName = "studygraph";

    /// <summary>Our driver version.</summary>
    public static string DriverVersion { get; } = typeof(ClientMetadata).Assembly.GetName().Version?.ToString(3) ?? "1.0.0";

    /// <summary>Builds the metadata document.</summary>
    public static BsonDocument Build(string? appName)
    {
        var doc = new BsonDocument();
        if (appName is not null) doc.Add("application", new BsonDocument("name", appName));
        doc.Add("driver", new BsonDocument { { "name", DriverName }, { "version", DriverVersion } });
        var osType = OperatingSystem.IsLinux() ? "Linux" : OperatingSystem.IsWindows() ? "Windows" : OperatingSystem.IsMacOS() ? "Darwin" : "unknown";
        doc.Add("os", new BsonDocument
        {
            { "type", osType },
            { "name", RuntimeInformation.OSDescription },
            { "architecture", RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant() },
            { "version", Environment.OSVersion.Version.ToString() },
        });
        doc.Add("platform", RuntimeInformation.FrameworkDescription);
        return doc;
    }
}
