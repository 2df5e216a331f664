namespace InfraSdk.Deploy.Topology;

/// <summary>A kind and its API group ("" for the core group), without a version: what stays the same across versions.</summary>
internal sealed record GroupKind(string Group, string Kind)
{
    /// <summary>"Deployment.apps", or "Service" in the core group, as kubectl and ApplySets spell it.</summary>
    public override string ToString() => Group.Length == 0 ? Kind : $"{Kind}.{Group}";

    public static GroupKind Parse(string text)
    {
        var dot = text.IndexOf('.');
        return dot < 0 ? new GroupKind("", text) : new GroupKind(text[(dot + 1)..], text[..dot]);
    }

    /// <summary>The group of an apiVersion: "apps" for "apps/v1", "" for "v1".</summary>
    public static string GroupOf(string apiVersion)
    {
        var slash = apiVersion.IndexOf('/');
        return slash < 0 ? "" : apiVersion[..slash];
    }
}
