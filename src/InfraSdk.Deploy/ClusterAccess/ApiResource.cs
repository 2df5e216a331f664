namespace InfraSdk.Deploy.ClusterAccess;

/// <summary>A REST resource as discovery lists it: where its objects live (group, version, plural) and whether they are namespaced.</summary>
internal sealed record ApiResource(string Group, string Version, string Plural, string Kind, bool Namespaced)
{
    /// <summary>"v1" or "apps/v1", as apiVersion spells it.</summary>
    public string GroupVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";
}
