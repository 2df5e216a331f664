namespace InfraSdk.Packaging.Tests;

/// <summary>The tests that run the dotnet CLI take turns: two builds at once on two cores only slow each other down.</summary>
[CollectionDefinition(Name)]
public sealed class DotNetBuilds
{
    public const string Name = "dotnet builds";
}
