using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Json;
using InfraSdk.LocalCluster.Registry;
using Microsoft.AspNetCore.Http;

namespace InfraSdk.LocalCluster.Api;

/// <summary>
/// The /status and /scale subresources. A write to /status changes only the status; /scale reads and writes a
/// Deployment's or ReplicaSet's replicas as an autoscaling/v1 Scale (kubectl scale patches it), and the change goes
/// through the registry like any update of the object, so the controllers and the data plane follow.
/// </summary>
internal sealed class SubresourceHandler(ObjectRegistry registry)
{
    public async Task<(int, JsonNode)> HandleAsync(HttpContext context, ApiPath path, WriteOptions options)
    {
        var ns = path.Namespace ?? "";
        var name = path.Name!;
        var method = context.Request.Method;
        var contentType = (context.Request.ContentType ?? "application/json").Split(';')[0].Trim();
        var cancellationToken = context.RequestAborted;
        if (method is "GET" or "HEAD")
        {
            var live = registry.Get(path.Type, ns, name);
            return (200, path.Subresource == "scale" ? Scale(live) : live);
        }

        if (method is not ("PUT" or "PATCH"))
        {
            throw ApiException.MethodNotSupported(path.Type, method.ToLowerInvariant());
        }

        if (method == "PATCH" && !Patches.Handles(contentType))
        {
            throw new ApiException(415, "UnsupportedMediaType",
                $"the body of the request was in an unknown format - accepted media types include: {Patches.JsonPatchType}, {Patches.MergePatch}, {Patches.StrategicMergePatchType}");
        }

        var body = await RequestBody.ReadAsync(context.Request.Body, contentType == "application/yaml", cancellationToken);
        Func<JsonNode, JsonNode?> change = method == "PUT" ? _ => body : Patches.For(contentType, body, path.Type);
        if (path.Subresource == "status")
        {
            return (200, await registry.UpdateStatusAsync(path.Type, ns, name, change, options, cancellationToken));
        }

        var scaled = await registry.PatchAsync(path.Type, ns, name, live =>
        {
            if (change(Scale(live.AsObject())) is not JsonObject scale || scale.Object("spec").Integer("replicas") is not { } replicas)
            {
                throw ApiException.BadRequest("the Scale does not say spec.replicas");
            }

            var requestedVersion = scale.Object("metadata").String("resourceVersion");
            var updated = live.DeepClone().AsObject();
            updated.Metadata()["resourceVersion"] = string.IsNullOrEmpty(requestedVersion) ? null : requestedVersion;
            updated.EnsureObject("spec")["replicas"] = replicas;
            return updated;
        }, options, cancellationToken);
        return (200, Scale(scaled));
    }

    /// <summary>The Scale of a Deployment or ReplicaSet: spec.replicas, and the status' replicas and selector.</summary>
    private static JsonObject Scale(JsonObject obj)
    {
        var metadata = obj.Object("metadata");
        var selector = obj.Object("spec").Object("selector").StringMap("matchLabels");
        return new JsonObject
        {
            ["kind"] = "Scale",
            ["apiVersion"] = "autoscaling/v1",
            ["metadata"] = new JsonObject
            {
                ["name"] = obj.Name(),
                ["namespace"] = metadata.String("namespace"),
                ["uid"] = metadata.String("uid"),
                ["resourceVersion"] = metadata.String("resourceVersion"),
                ["creationTimestamp"] = metadata.String("creationTimestamp"),
            },
            ["spec"] = new JsonObject { ["replicas"] = obj.Object("spec").Integer("replicas") ?? 0 },
            ["status"] = new JsonObject
            {
                ["replicas"] = obj.Object("status").Integer("replicas") ?? 0,
                ["selector"] = string.Join(",", selector.OrderBy(label => label.Key, StringComparer.Ordinal).Select(label => $"{label.Key}={label.Value}")),
            },
        };
    }
}
