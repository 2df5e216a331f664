using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api.Protobuf;
using InfraSdk.LocalCluster.Apply;
using InfraSdk.LocalCluster.DataPlane;
using InfraSdk.LocalCluster.Hosting;
using InfraSdk.LocalCluster.Json;
using InfraSdk.LocalCluster.Registry;
using InfraSdk.LocalCluster.Validation;
using InfraSdk.LocalCluster.Views;
using Microsoft.AspNetCore.Http;

namespace InfraSdk.LocalCluster.Api;

/// <summary>Routes a REST request to discovery, a read or a write, and answers errors as Status objects.</summary>
internal sealed class ApiRequestHandler(ObjectRegistry registry, DesiredStateBuilder desiredState, NodePortDataPlane dataPlane, Func<string> serverAddress, TimeProvider time)
{
    private const string JsonPatchType = "application/json-patch+json";
    private const string MergePatch = "application/merge-patch+json";
    private const string ApplyPatch = "application/apply-patch+yaml";

    public async Task HandleAsync(HttpContext context)
    {
        try
        {
            var (status, body) = await RouteAsync(context);
            await ApiResponses.WriteAsync(context, status, body);
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

    private async Task<(int, JsonNode)> RouteAsync(HttpContext context)
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
            throw ApiException.MethodNotSupported(path.Type, "watch");
        }

        if (path.Type == ResourceType.Endpoints)
        {
            return method == "GET" ? (200, Answer(context, path, ReadEndpoints(context, path))) : throw ApiException.MethodNotSupported(path.Type, Verb(method, path));
        }

        var ns = path.Namespace ?? "";
        return (method, path.Name) switch
        {
            ("GET", null) => (200, Answer(context, path, List(context, path))),
            ("GET", { } name) => (200, Answer(context, path, [Decorate(registry.Get(path.Type, ns, name))])),
            ("POST", null) when path.Type.IsWritable && (!path.Type.Namespaced || path.Namespace is not null) =>
                (201, Decorate(await registry.CreateAsync(path.Type, ns, await ReadObjectAsync(context, path, null), Options(context), context.RequestAborted))),
            ("PUT", { } name) =>
                (200, Decorate(await registry.UpdateAsync(path.Type, ns, name, await ReadObjectAsync(context, path, name), Options(context), context.RequestAborted))),
            ("PATCH", { } name) => await PatchAsync(context, path, name),
            ("DELETE", { } name) when path.Type.IsWritable => (200, Deleted(path, await registry.DeleteAsync(path.Type, ns, name, Options(context), context.RequestAborted))),
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
            case MergePatch:
            case JsonPatchType:
                var patch = await RequestBody.ReadAsync(context.Request.Body, false, context.RequestAborted);
                Func<JsonNode, JsonNode?> patcher = contentType == MergePatch ? live => JsonMergePatch.Apply(live, patch) : live => JsonPatch.Apply(live, patch);
                return (200, Decorate(await registry.PatchAsync(path.Type, ns, name, patcher, options, context.RequestAborted)));
            case ApplyPatch:
                if (string.IsNullOrEmpty(options.FieldManager))
                {
                    throw ApiException.Invalid("PatchOptions.meta.k8s.io", "meta.k8s.io", "PatchOptions", "", [FieldError.Required("fieldManager", "is required for apply patch")]);
                }

                var applied = await ReadObjectAsync(context, path, name, isApply: true);
                var (result, created) = await registry.ApplyAsync(path.Type, ns, name, applied, options, context.RequestAborted);
                return (created ? 201 : 200, Decorate(result));
            default:
                throw new ApiException(415, "UnsupportedMediaType",
                    $"the body of the request was in an unknown format - accepted media types include: {JsonPatchType}, {MergePatch}, {ApplyPatch}");
        }
    }

    private List<JsonObject> List(HttpContext context, ApiPath path)
    {
        var selector = LabelSelector.Parse(context.Request.Query["labelSelector"]);
        var fields = FieldSelector(context.Request.Query["fieldSelector"]);
        return registry.Store.List(path.Type.Plural, path.Namespace)
            .Where(item => selector.Matches(item.Object("metadata").StringMap("labels")) && fields(item))
            .Select(Decorate)
            .ToList();
    }

    private List<JsonObject> ReadEndpoints(HttpContext context, ApiPath path)
    {
        if (path.Name is { } name)
        {
            return [Endpoints(registry.Get(ResourceType.Services, path.Namespace ?? "", name))];
        }

        var selector = LabelSelector.Parse(context.Request.Query["labelSelector"]);
        return registry.Store.List(ResourceType.Services.Plural, path.Namespace)
            .Where(service => selector.Matches(service.Object("metadata").StringMap("labels")))
            .Select(Endpoints)
            .ToList();
    }

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

    private JsonObject Endpoints(JsonObject service)
    {
        var candidates = dataPlane.Candidates(service.Object("metadata").String("namespace") ?? "", service.Object("spec").StringMap("selector"));
        var endpoints = EndpointsView.For(service, candidates, desiredState.ResolveTargetPort);
        if (service.Object("metadata").String("namespace") == "default" && service.Name() == "kubernetes")
        {
            var (host, port) = SplitAddress(serverAddress());
            endpoints["subsets"] = new JsonArray(new JsonObject
            {
                ["addresses"] = new JsonArray(new JsonObject { ["ip"] = host }),
                ["ports"] = new JsonArray(new JsonObject { ["name"] = "https", ["port"] = port, ["protocol"] = "TCP" }),
            });
        }

        return endpoints;
    }

    private JsonObject Decorate(JsonObject obj)
    {
        if (obj.String("kind") == ResourceType.Deployments.Kind)
        {
            DeploymentStatus.Fill(obj, dataPlane.PodsOf(obj.Object("metadata").String("namespace") ?? "", obj.Name()));
        }

        return obj;
    }

    /// <summary>Services and namespaces answer a delete with the object; other resources with a Success status.</summary>
    private JsonNode Deleted(ApiPath path, JsonObject deleted) =>
        path.Type == ResourceType.Services || path.Type == ResourceType.Namespaces
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

    /// <summary>metadata.name and metadata.namespace (in)equality, the field selectors every resource supports.</summary>
    private static Func<JsonObject, bool> FieldSelector(string? text)
    {
        var terms = (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(term =>
            {
                var negated = term.Contains("!=", StringComparison.Ordinal);
                var parts = term.Split(negated ? "!=" : term.Contains("==", StringComparison.Ordinal) ? "==" : "=", 2);
                return (Field: parts[0], Value: parts.Length == 2 ? parts[1] : "", Negated: negated);
            })
            .ToList();
        foreach (var term in terms.Where(term => term.Field is not ("metadata.name" or "metadata.namespace")))
        {
            throw ApiException.BadRequest($"field label not supported: {term.Field}");
        }

        return obj => terms.All(term =>
            ((term.Field == "metadata.name" ? obj.Name() : obj.Object("metadata").String("namespace") ?? "") == term.Value) != term.Negated);
    }

    private static (string Host, int Port) SplitAddress(string address)
    {
        var colon = address.LastIndexOf(':');
        return (address[..colon], int.Parse(address[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture));
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
