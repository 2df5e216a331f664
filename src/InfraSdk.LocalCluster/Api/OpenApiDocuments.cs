using System.Text.Json.Nodes;

namespace InfraSdk.LocalCluster.Api;

/// <summary>
/// The OpenAPI v3 documents kubectl reads before it applies: one per group version, listing each resource's
/// operations with the x-kubernetes-group-version-kind extension and the query parameters the server honours.
/// They carry no schemas, so kubectl leaves validation to the server (fieldValidation) instead of checking locally.
/// </summary>
internal static class OpenApiDocuments
{
    private static readonly string[] WriteParameters = ["dryRun", "fieldManager", "fieldValidation"];

    public static JsonObject Index()
    {
        var paths = new JsonObject();
        foreach (var groupVersion in ResourceType.All.Select(type => GroupVersionPath(type)).Distinct())
        {
            paths[groupVersion] = new JsonObject { ["serverRelativeURL"] = "/openapi/v3/" + groupVersion };
        }

        return new JsonObject { ["paths"] = paths };
    }

    /// <summary>The document of "api/v1" or "apis/apps/v1"; null for any other path.</summary>
    public static JsonObject? For(string groupVersionPath)
    {
        var types = ResourceType.All.Where(type => GroupVersionPath(type) == groupVersionPath).ToList();
        if (types.Count == 0)
        {
            return null;
        }

        var paths = new JsonObject();
        foreach (var type in types)
        {
            var collection = "/" + groupVersionPath + (type.Namespaced ? "/namespaces/{namespace}/" : "/") + type.Plural;
            paths[collection] = new JsonObject
            {
                ["get"] = Operation(type, "list", []),
                ["post"] = Operation(type, "create", WriteParameters),
            };
            paths[collection + "/{name}"] = new JsonObject
            {
                ["get"] = Operation(type, "read", []),
                ["put"] = Operation(type, "replace", WriteParameters),
                ["patch"] = Operation(type, "patch", [.. WriteParameters, "force"]),
                ["delete"] = Operation(type, "delete", ["dryRun"]),
            };
        }

        return new JsonObject
        {
            ["openapi"] = "3.0.0",
            ["info"] = new JsonObject { ["title"] = "Kubernetes", ["version"] = "v1.32.0" },
            ["paths"] = paths,
        };
    }

    private static string GroupVersionPath(ResourceType type) => type.Group.Length == 0 ? "api/" + type.Version : $"apis/{type.Group}/{type.Version}";

    private static JsonObject Operation(ResourceType type, string verb, IEnumerable<string> parameters)
    {
        var list = new JsonArray();
        foreach (var parameter in parameters)
        {
            list.Add(new JsonObject { ["name"] = parameter, ["in"] = "query", ["schema"] = new JsonObject { ["type"] = "string" } });
        }

        return new JsonObject
        {
            ["operationId"] = verb + type.Kind,
            ["parameters"] = list,
            ["x-kubernetes-group-version-kind"] = new JsonObject { ["group"] = type.Group, ["version"] = type.Version, ["kind"] = type.Kind },
        };
    }
}
