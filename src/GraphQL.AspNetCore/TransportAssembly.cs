namespace StudyGraph.GraphQL.AspNetCore;

/// <summary>Marker for the transport assembly (the transports land with issue 4).</summary>
public static class TransportAssembly
{
}
