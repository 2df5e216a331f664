using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api.Protobuf;
using InfraSdk.LocalCluster.Api.Watch;
using InfraSdk.LocalCluster.DataPlane;
using InfraSdk.LocalCluster.Hosting;
using InfraSdk.LocalCluster.Json;
using InfraSdk.LocalCluster.Registry;
using InfraSdk.LocalCluster.Validation;
using InfraSdk.LocalCluster.Views;
using Microsoft.AspNetCore.Http;

namespace InfraSdk.LocalCluster.Api;

/// <summary>Routes a REST request to discovery, a read or a write, and answers errors as Status objects.</summary>
internal sealed class ApiRequestHandler(ObjectRegistry registry, NodePortDataPlane dataPlane, Func<string> serverAddress, TimeProvider time)
{
    private const string ApplyPatch = "application/apply-patch+yaml";

    private readonly SubresourceHandler _subresources = new(registry);
    private readonly PodLogHandler _logs = new(registry, dataPlane, time);
    private readonly WatchServer _watches = new(registry.Store, time);

    public async Task HandleAsync(HttpContext context)
    {
        try
        {
            if (PodLogPath(context) is { } logPath)
            {
                await _logs.WriteAsync(context, logPath);
                return;
            }

            var (status, body) = await RouteAsync(context);
            if (body is not null)
            {
                await ApiResponses.WriteAsync(context, status, body);
            }
        }
        catch (ApiException error)
        {
            await ApiResponses.WriteErrorAsync(context, error);
        }
        catch (Exception error) when (error is not OperationCanceledException && !context.Response.HasStarted)
        {
            await ApiResponses.WriteErrorAsync(context, ApiException.InternalError(error.Message));
        }
    }

    /// <summary>The path of a GET of pods/{name}/log, which is answered as text, not JSON; null for any other request.</summary>
    private static ApiPath? PodLogPath(HttpContext context)
    {
        var segments = (context.Request.Path.Value ?? "").Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        return context.Request.Method == "GET" && segments is ["api", "v1", .. var rest] && ApiPath.Parse("", "v1", rest) is { Subresource: "log" } path ? path : null;
    }

    /// <summary>The status and body to answer with; no body when the route has written its own response (a watch).</summary>
    private async Task<(int, JsonNode?)> RouteAsync(HttpContext context)
    {
        var segments = (context.Request.Path.Value ?? "").Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var method = context.Request.Method;
        switch (segments)
        {
            case ["version"]:
                return (200, Discovery.Version());
            case ["api"]:
                return (200, Discovery.CoreVersions(serverAddress()));
            case ["apis"]:
                return (200, Discovery.Groups());
            case ["apis", var group]:
                return (200, Discovery.Group(group) ?? throw ApiException.PageNotFound());
            case ["api", var version]:
                return (200, Discovery.Resources("", version) ?? throw ApiException.PageNotFound());
            case ["apis", var group, var version]:
                return (200, Discovery.Resources(group, version) ?? throw ApiException.PageNotFound());
            case ["openapi", "v3"]:
                return (200, OpenApiDocuments.Index());
            case ["openapi", "v3", .. var groupVersion]:
                return (200, OpenApiDocuments.For(string.Join('/', groupVersion)) ?? throw ApiException.PageNotFound());
        }

        var path = segments switch
        {
            ["api", var version, .. var rest] => ApiPath.Parse("", version, rest),
            ["apis", var group, var version, .. var rest] => ApiPath.Parse(group, version, rest),
            _ => null,
        } ?? throw ApiException.PageNotFound();

        if (method is not ("GET" or "HEAD"))
        {
            Authorize(BearerTokenMiddleware.GrantOf(context), path, Verb(method, path));
        }

        if (context.Request.Query["watch"] is ["true" or "1"])
        {
            if (method != "GET")
            {
                throw ApiException.MethodNotSupported(path.Type, "watch");
            }

            // A watch sees what a list with the same selectors would; /{name}?watch=1 is metadata.name={name}.
            var labels = LabelSelector.Parse(context.Request.Query["labelSelector"]);
            var fields = FieldSelector.Parse(path.Type, context.Request.Query["fieldSelector"]);
            var name = path.Name;
            await _watches.ServeAsync(context, path.Type, path.Namespace, obj => (name is null || obj.Name() == name) && labels.Matches(obj.Object("metadata").StringMap("labels")) && fields(obj),
                obj => Present(path, obj), WatchOptions.Parse(context.Request.Query), TableView.IsRequested(context.Request.Headers.Accept));
            return (200, null);
        }

        // Subresources (/status, /scale; /log is written by HandleAsync) and the verbs a resource does not serve.
        if (path.Subresource is not null)
        {
            return await _subresources.HandleAsync(context, path, Options(context));
        }

        if (!path.Type.Verbs.Contains(Verb(method, path)))
        {
            throw ApiException.MethodNotSupported(path.Type, Verb(method, path));
        }

        var ns = path.Namespace ?? "";
        return (method, path.Name) switch
        {
            ("GET", null) => (200, Answer(context, path, List(context, path))),
            ("GET", { } name) => (200, Answer(context, path, [Present(path, registry.Get(path.Type, ns, name))])),
            ("POST", null) when path.Type.IsWritable && (!path.Type.Namespaced || path.Namespace is not null) =>
                (201, await registry.CreateAsync(path.Type, ns, await ReadObjectAsync(context, path, null), Options(context), context.RequestAborted)),
            ("PUT", { } name) =>
                (200, await registry.UpdateAsync(path.Type, ns, name, await ReadObjectAsync(context, path, name), Options(context), context.RequestAborted)),
            ("PATCH", { } name) => await PatchAsync(context, path, name),
            ("DELETE", { } name) when path.Type.IsDeletable => (200, Deleted(path, await registry.DeleteAsync(path.Type, ns, name, Options(context), context.RequestAborted))),
            _ => throw ApiException.MethodNotSupported(path.Type, Verb(method, path)),
        };
    }

    /// <summary>RBAC's answer to a write: a token limited to some namespaces writes namespaced objects there only.</summary>
    private static void Authorize(TokenGrant grant, ApiPath path, string verb)
    {
        if (!grant.MayWrite(path.Type.Namespaced ? path.Namespace : null))
        {
            throw ApiException.Forbidden(path.Type, path.Name, grant.User, verb, path.Type == ResourceType.Namespaces ? path.Name : path.Namespace);
        }
    }

    private async Task<(int, JsonNode)> PatchAsync(HttpContext context, ApiPath path, string name)
    {
        var contentType = (context.Request.ContentType ?? "").Split(';')[0].Trim();
        var ns = path.Namespace ?? "";
        var options = Options(context);
        switch (contentType)
        {
            case Patches.MergePatch:
            case Patches.JsonPatchType:
            case Patches.StrategicMergePatchType:
                var patch = await RequestBody.ReadAsync(context.Request.Body, false, context.RequestAborted);
                return (200, await registry.PatchAsync(path.Type, ns, name, Patches.For(contentType, patch, path.Type), options, context.RequestAborted));
            case ApplyPatch:
                if (string.IsNullOrEmpty(options.FieldManager))
                {
                    throw ApiException.Invalid("PatchOptions.meta.k8s.io", "meta.k8s.io", "PatchOptions", "", [FieldError.Required("fieldManager", "is required for apply patch")]);
                }

                var applied = await ReadObjectAsync(context, path, name, isApply: true);
                var (result, created) = await registry.ApplyAsync(path.Type, ns, name, applied, options, context.RequestAborted);
                return (created ? 201 : 200, result);
            default:
                throw new ApiException(415, "UnsupportedMediaType",
                    $"the body of the request was in an unknown format - accepted media types include: {Patches.JsonPatchType}, {Patches.MergePatch}, {Patches.StrategicMergePatchType}, {ApplyPatch}");
        }
    }

    private List<JsonObject> List(HttpContext context, ApiPath path)
    {
        var selector = LabelSelector.Parse(context.Request.Query["labelSelector"]);
        var fields = FieldSelector.Parse(path.Type, context.Request.Query["fieldSelector"]);
        return registry.Store.List(path.Type.Plural, path.Namespace)
            .Where(item => selector.Matches(item.Object("metadata").StringMap("labels")) && fields(item))
            .Select(item => Present(path, item))
            .ToList();
    }

    /// <summary>A stored object as the resource asked for shows it: events.k8s.io/v1 Events are converted from core/v1.</summary>
    private static JsonObject Present(ApiPath path, JsonObject obj) => path.Type == ResourceType.EventsV1 ? EventView.ToEventsV1(obj) : obj;

    /// <summary>A read's answer: the object, the list, or the Table kubectl get asks for.</summary>
    private JsonObject Answer(HttpContext context, ApiPath path, List<JsonObject> items)
    {
        if (TableView.IsRequested(context.Request.Headers.Accept))
        {
            return TableView.Create(path.Type, items, registry.Store.CurrentResourceVersion, time.GetUtcNow());
        }

        if (path.Name is not null)
        {
            return items.Single();
        }

        var list = new JsonArray();
        foreach (var item in items)
        {
            item.Remove("kind");
            item.Remove("apiVersion");
            list.Add(item);
        }

        return new JsonObject
        {
            ["kind"] = path.Type.ListKind,
            ["apiVersion"] = path.Type.GroupVersion,
            ["metadata"] = new JsonObject { ["resourceVersion"] = registry.Store.CurrentResourceVersion },
            ["items"] = list,
        };
    }

    /// <summary>Services, namespaces and pods answer a delete with the object; other resources with a Success status.</summary>
    private JsonNode Deleted(ApiPath path, JsonObject deleted) =>
        path.Type == ResourceType.Services || path.Type == ResourceType.Namespaces || path.Type == ResourceType.Pods
            ? deleted
            : Status.Success(path.Type, deleted.Name(), deleted.Object("metadata").String("uid"));

    private static async Task<JsonObject> ReadObjectAsync(HttpContext context, ApiPath path, string? urlName, bool isApply = false)
    {
        var contentType = (context.Request.ContentType ?? "application/json").Split(';')[0].Trim();
        if (!isApply && contentType is not ("application/json" or "application/yaml" or ProtobufBody.MediaType))
        {
            throw new ApiException(415, "UnsupportedMediaType",
                $"the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, {ProtobufBody.MediaType}");
        }

        var body = !isApply && contentType == ProtobufBody.MediaType
            ? await ProtobufBody.ReadAsync(context.Request.Body, path.Type, context.RequestAborted)
            : await RequestBody.ReadAsync(context.Request.Body, isApply || contentType == "application/yaml", context.RequestAborted);
        if (body is not JsonObject obj)
        {
            throw ApiException.BadRequest($"{path.Type.Kind} in version \"{path.Type.Version}\" cannot be handled as a {path.Type.Kind}: the body is not an object");
        }

        try
        {
            path.Type.Decode(obj.ToJsonString());
        }
        catch (System.Text.Json.JsonException error)
        {
            throw ApiException.BadRequest($"{path.Type.Kind} in version \"{path.Type.Version}\" cannot be handled as a {path.Type.Kind}: {error.Message}");
        }

        if (obj.String("apiVersion") is { } apiVersion && apiVersion != path.Type.GroupVersion)
        {
            throw ApiException.BadRequest($"the API version in the data ({apiVersion}) does not match the expected API version ({path.Type.GroupVersion})");
        }

        if (obj.String("kind") is { } kind && kind != path.Type.Kind)
        {
            throw ApiException.BadRequest($"the kind in the data ({kind}) does not match the expected kind ({path.Type.Kind})");
        }

        var metadata = obj.Object("metadata");
        if (urlName is not null && metadata.String("name") is { } name && name != urlName)
        {
            throw ApiException.BadRequest($"the name of the object ({name}) does not match the name on the URL ({urlName})");
        }

        if (path.Namespace is not null && metadata.String("namespace") is { Length: > 0 } ns && ns != path.Namespace)
        {
            throw ApiException.BadRequest("the namespace of the provided object does not match the namespace sent on the request");
        }

        if (urlName is not null)
        {
            obj.Metadata()["name"] = urlName;
        }

        return obj;
    }

    /// <summary>dryRun=All, fieldManager (defaulting to the User-Agent's product, as the API server does) and force.</summary>
    private static WriteOptions Options(HttpContext context)
    {
        var query = context.Request.Query;
        var dryRun = query["dryRun"].ToString();
        if (dryRun.Length > 0 && dryRun != "All")
        {
            throw ApiException.BadRequest($"Invalid dryRun value: \"{dryRun}\": supported values: \"All\"");
        }

        var manager = query["fieldManager"].ToString();
        var isApply = (context.Request.ContentType ?? "").StartsWith(ApplyPatch, StringComparison.Ordinal);
        if (manager.Length == 0 && !isApply)
        {
            manager = context.Request.Headers.UserAgent.ToString().Split('/')[0];
        }

        return new WriteOptions(dryRun == "All", manager.Length == 0 ? null : manager, query["force"] == "true");
    }

    private static string Verb(string method, ApiPath path) => method switch
    {
        "GET" => path.Name is null ? "list" : "get",
        "POST" => "create",
        "PUT" => "update",
        "PATCH" => "patch",
        "DELETE" => path.Name is null ? "deletecollection" : "delete",
        _ => method.ToLowerInvariant(),
    };
}
