namespace StudyGraph.Api.Configuration;

/// <summary>Where documents are kept.</summary>
public enum StorageProvider
{
    /// <summary>The embedded Sqlite document store (default; one file in the data folder).</summary>
    Sqlite,

    /// <summary>MongoDB through our wire client.</summary>
    Mongo,
}
