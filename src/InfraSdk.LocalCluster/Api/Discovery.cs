using System.Text.Json.Nodes;

namespace InfraSdk.LocalCluster.Api;

/// <summary>The plain (unaggregated) discovery documents and /version.</summary>
internal static class Discovery
{
    public static JsonObject Version() => new()
    {
        ["major"] = "1",
        ["minor"] = "32",
        ["gitVersion"] = "v1.32.0-infrasdk",
        ["gitCommit"] = "",
        ["gitTreeState"] = "clean",
        ["buildDate"] = "2026-01-01T00:00:00Z",
        ["goVersion"] = "go1.23",
        ["compiler"] = "gc",
        ["platform"] = "linux/amd64",
    };

    public static JsonObject CoreVersions(string serverAddress) => new()
    {
        ["kind"] = "APIVersions",
        ["versions"] = new JsonArray("v1"),
        ["serverAddressByClientCIDRs"] = new JsonArray(new JsonObject { ["clientCIDR"] = "0.0.0.0/0", ["serverAddress"] = serverAddress }),
    };

    /// <summary>Every named group served, in the order of <see cref="ResourceType.All"/>.</summary>
    public static JsonObject Groups()
    {
        var groups = new JsonArray();
        foreach (var name in ResourceType.All.Select(type => type.Group).Where(group => group.Length > 0).Distinct())
        {
            groups.Add(Group(name));
        }

        return new JsonObject
        {
            ["kind"] = "APIGroupList",
            ["apiVersion"] = "v1",
            ["groups"] = groups,
        };
    }

    public static JsonObject? Group(string name)
    {
        var type = ResourceType.All.FirstOrDefault(type => type.Group == name && name.Length > 0);
        if (type is null)
        {
            return null;
        }

        var version = new JsonObject { ["groupVersion"] = type.GroupVersion, ["version"] = type.Version };
        return new JsonObject
        {
            ["kind"] = "APIGroup",
            ["apiVersion"] = "v1",
            ["name"] = name,
            ["versions"] = new JsonArray(version),
            ["preferredVersion"] = version.DeepClone(),
        };
    }

    public static JsonObject? Resources(string group, string version)
    {
        var types = ResourceType.All.Where(type => type.Group == group && type.Version == version).ToList();
        if (types.Count == 0)
        {
            return null;
        }

        var resources = new JsonArray();
        foreach (var type in types)
        {
            var resource = new JsonObject
            {
                ["name"] = type.Plural,
                ["singularName"] = type.Singular,
                ["namespaced"] = type.Namespaced,
                ["kind"] = type.Kind,
                ["verbs"] = Strings([.. type.Verbs, "watch"]),
                ["shortNames"] = Strings(type.ShortNames),
            };
            if (type.Categories.Count > 0)
            {
                resource["categories"] = Strings(type.Categories);
            }

            resources.Add(resource);
            foreach (var subresource in type.Subresources)
            {
                resources.Add(Subresource(type, subresource));
            }
        }

        return new JsonObject
        {
            ["kind"] = "APIResourceList",
            ["apiVersion"] = "v1",
            ["groupVersion"] = types[0].GroupVersion,
            ["resources"] = resources,
        };
    }

    /// <summary>"deployments/scale" (an autoscaling/v1 Scale), "pods/log" or "deployments/status", as kube-apiserver lists them.</summary>
    private static JsonObject Subresource(ResourceType type, string subresource)
    {
        var entry = new JsonObject
        {
            ["name"] = $"{type.Plural}/{subresource}",
            ["singularName"] = "",
            ["namespaced"] = type.Namespaced,
            ["kind"] = subresource == "scale" ? "Scale" : type.Kind,
            ["verbs"] = Strings(subresource == "log" ? ["get"] : ["get", "patch", "update"]),
        };
        if (subresource == "scale")
        {
            entry["group"] = "autoscaling";
            entry["version"] = "v1";
        }

        return entry;
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(value => (JsonNode?)value).ToArray());
}
